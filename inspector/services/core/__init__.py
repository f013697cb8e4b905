"""What every capability shares: context, settings, errors, progress, audit, clock.

Also the office policy, template catalog, backups, what a write changed, value checks.
Imports no other capability; uses store and domain.
"""
