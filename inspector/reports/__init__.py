"""Documents without Qt: PDF and XLSX builders, QR, signing, verification.

reportlab, openpyxl and pyHanko are imported only when a document is made. Uses
domain only.
"""
