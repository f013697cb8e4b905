<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>关于文明创建巡查助手</source>
        <translation>About Inspector</translation>
    </message>
    <message>
        <source>打开数据目录</source>
        <translation>Open Data Folder</translation>
    </message>
    <message>
        <source>安装版</source>
        <translation>installed build</translation>
    </message>
    <message>
        <source>源码运行</source>
        <translation>running from source</translation>
    </message>
    <message>
        <source>文明创建巡查助手</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>离线巡查检查、签名检查记录与限期整改通知书。</source>
        <translation>Offline inspections, signed inspection records and rectification notices.</translation>
    </message>
    <message>
        <source>数据目录：</source>
        <translation>Data folder: </translation>
    </message>
    <message>
        <source>数据库版本：</source>
        <translation>Database revision: </translation>
    </message>
    <message>
        <source>本程序以 MIT 许可证发布。随附的 Qt 库以 LGPL-3.0 许可证动态链接使用，可替换为您自行编译的版本；Qt 源代码见 https://download.qt.io/。</source>
        <translation>This program is released under the MIT licence. The bundled Qt libraries are used under LGPL-3.0 as shared libraries and may be replaced with versions you build yourself; Qt&apos;s source code is at https://download.qt.io/.</translation>
    </message>
    <message>
        <source>PDF 使用的中文字体不随程序分发：程序使用本机已安装的字体（如 Windows 的宋体、微软雅黑，Debian/Ubuntu 的文泉驿微米黑 fonts-wqy-microhei，其许可证为 GPL 并附字体例外，嵌入 PDF 不受 GPL 约束）。</source>
        <translation>The Chinese font used in PDFs is not shipped with the program: it uses a font installed on the computer (e.g. SimSun or Microsoft YaHei on Windows, WenQuanYi Micro Hei from fonts-wqy-microhei on Debian/Ubuntu, licensed under the GPL with a font exception, so embedding it in a PDF is not bound by the GPL).</translation>
    </message>
    <message>
        <source>图标来自 Font Awesome Free，经 qtawesome 使用。</source>
        <translation>Icons come from Font Awesome Free, used through qtawesome.</translation>
    </message>
    <message>
        <source>下面列出随附的全部组件、版本、许可证及许可证全文（构建时自动生成）。</source>
        <translation>Below: every bundled component with its version, licence and the full licence texts (generated when the program was built).</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <source>更正 {code}</source>
        <translation>Amend {code}</translation>
    </message>
    <message>
        <source>检查已完成并锁定。更正会另行记录（原答案保留），并注明更正人和理由。</source>
        <translation>The inspection is finished and locked. An amendment is recorded separately (the original answer is kept) with who amended it and why.</translation>
    </message>
    <message>
        <source>更正理由（必填）</source>
        <translation>Reason for the amendment (required)</translation>
    </message>
    <message>
        <source>保存更正</source>
        <translation>Save Amendment</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&lt;b&gt;{code}&lt;/b&gt;&#x3000;{text}</source>
        <translation>&lt;b&gt;{code}&lt;/b&gt;  {text}</translation>
    </message>
    <message>
        <source>答案没有变化。</source>
        <translation>The answer has not changed.</translation>
    </message>
    <message>
        <source>已为该项立整改事项，期限 %1。</source>
        <translation>A rectification case was opened for this item, due %1.</translation>
    </message>
    <message>
        <source>该项的整改事项已更正撤销。</source>
        <translation>This item&apos;s rectification case was withdrawn by the amendment.</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>操作没有完成：%1</source>
        <translation>The operation did not complete: %1</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>无法写入文件夹 %1：%2。请换一个文件夹。</source>
        <translation>Cannot write to the folder %1: %2. Please choose another folder.</translation>
    </message>
    <message>
        <source>已取消，没有写入任何文件。</source>
        <translation>Cancelled; no files were written.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>备份与恢复</source>
        <translation>Backup and Restore</translation>
    </message>
    <message>
        <source>备份时间</source>
        <translation>Taken at</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>立即备份</source>
        <translation>Back Up Now</translation>
    </message>
    <message>
        <source>立即备份数据库 (%1)</source>
        <translation>Back up the database now (%1)</translation>
    </message>
    <message>
        <source>恢复所选备份…</source>
        <translation>Restore Selected Backup…</translation>
    </message>
    <message>
        <source>用所选备份替换当前数据库，当前数据库先另存 (%1)</source>
        <translation>Replace the current database with the selected backup; the current one is kept aside first (%1)</translation>
    </message>
    <message>
        <source>更改备份文件夹…</source>
        <translation>Change Backup Folder…</translation>
    </message>
    <message>
        <source>打开备份文件夹</source>
        <translation>Open Backup Folder</translation>
    </message>
    <message>
        <source>程序每天自动备份一次数据库（先检查完整性，损坏的数据库不会备份），保留最近 %1 天的每日备份，另保留 %2 周的每周备份和 %3 个月的每月备份。备份文件夹：%4</source>
        <translation>The database is backed up automatically once a day (after an integrity check; a damaged database is never backed up). Daily backups of the last %1 days are kept, plus weekly backups for %2 weeks and monthly backups for %3 months. Backup folder: %4</translation>
    </message>
    <message>
        <source>正在备份…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>已备份到 %1</source>
        <translation>Backed up to %1</translation>
    </message>
    <message>
        <source>备份失败</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>恢复备份</source>
        <translation>Restore Backup</translation>
    </message>
    <message>
        <source>用备份 %1 替换当前数据库？</source>
        <translation>Replace the current database with backup %1?</translation>
    </message>
    <message>
        <source>备份之后录入的数据将不在恢复后的数据库中。当前数据库会先另存在数据目录中（inspector.before-restore-…），需要时可以找回。</source>
        <translation>Anything entered after this backup will not be in the restored database. The current database is first kept in the data folder (inspector.before-restore-…), so it can be recovered if needed.</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>恢复失败</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <source>已恢复 %1。原数据库另存为 %2。</source>
        <translation>Restored %1. The previous database was kept as %2.</translation>
    </message>
    <message>
        <source>选择备份文件夹</source>
        <translation>Choose Backup Folder</translation>
    </message>
</context>
<context>
    <name>BoundaryDrawer</name>
    <message>
        <source>校园边界：</source>
        <translation>Campus boundary:</translation>
    </message>
    <message>
        <source>绘制校园边界</source>
        <translation>Draw campus boundary</translation>
    </message>
    <message>
        <source>撤销上一点</source>
        <translation>Undo last corner</translation>
    </message>
    <message>
        <source>保存边界</source>
        <translation>Save boundary</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>校园边界至少需要 3 个角点，请继续点选。</source>
        <translation>A campus boundary needs at least 3 corners; keep clicking.</translation>
    </message>
    <message>
        <source>已保存 {n} 个角点。</source>
        <translation>Saved {n} corners.</translation>
    </message>
    <message>
        <source>沿围墙依次点击各角点（已点 {n} 个），完成后点“保存边界”。</source>
        <translation>Click the corners in order along the wall ({n} so far), then press &quot;Save boundary&quot;.</translation>
    </message>
</context>
<context>
    <name>CarriedPanel</name>
    <message>
        <source>&lt;b&gt;原检查发现&lt;/b&gt;</source>
        <translation>&lt;b&gt;Found at the original inspection&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{found} 发现，整改期限 {deadline}&#x3000;{state}</source>
        <translation>found {found}, deadline {deadline}&#x3000;{state}</translation>
    </message>
    <message>
        <source>原备注：{note}</source>
        <translation>Original note: {note}</translation>
    </message>
    <message>
        <source>原检查照片</source>
        <translation>Photos from the original inspection</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>整改事项：%1</source>
        <translation>Case: %1</translation>
    </message>
    <message>
        <source>场所</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>发现情况</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>发现日期</source>
        <translation>Found on</translation>
    </message>
    <message>
        <source>整改期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>当场整改…</source>
        <translation>Corrected on Site…</translation>
    </message>
    <message>
        <source>修改期限…</source>
        <translation>Change Deadline…</translation>
    </message>
    <message>
        <source>移交执法…</source>
        <translation>Refer to Enforcement…</translation>
    </message>
    <message>
        <source>开始复查</source>
        <translation>Start Re-inspection</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>整改期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>剩余天数</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>场所</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>严重程度</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>复发</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>红线</source>
        <translation>Red line</translation>
    </message>
    <message>
        <source>扣分</source>
        <translation>Deduct</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Advisory</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>即将到期和逾期</source>
        <translation>Due soon and overdue</translation>
    </message>
    <message>
        <source>仅逾期</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>全部未办结</source>
        <translation>All unresolved</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>网格（留空为全部）</source>
        <translation>Grid (empty for all)</translation>
    </message>
    <message>
        <source>当场整改…</source>
        <translation>Corrected on Site…</translation>
    </message>
    <message>
        <source>修改期限…</source>
        <translation>Change Deadline…</translation>
    </message>
    <message>
        <source>移交执法…</source>
        <translation>Refer to Enforcement…</translation>
    </message>
    <message>
        <source>开始复查</source>
        <translation>Start Re-inspection</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>显示</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>整改事项</source>
        <translation>Rectification Cases</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 项</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>请先在表中选择一项。</source>
        <translation>Please select a row in the table first.</translation>
    </message>
    <message>
        <source>修改整改期限</source>
        <translation>Change Deadline</translation>
    </message>
    <message>
        <source>新的期限</source>
        <translation>New deadline</translation>
    </message>
    <message>
        <source>移交执法</source>
        <translation>Refer to Enforcement</translation>
    </message>
    <message>
        <source>移交理由或接收部门：</source>
        <translation>Reason for referral or receiving authority:</translation>
    </message>
    <message>
        <source>已为“%1”生成复查记录，只含未整改的检查项。请在“检查”页继续填写。</source>
        <translation>A re-inspection of “%1” was created with only the items not yet rectified. Continue on the Inspections page.</translation>
    </message>
</context>
<context>
    <name>CertificatePage</name>
    <message>
        <source>签名证书</source>
        <translation>Signing Certificate</translation>
    </message>
    <message>
        <source>检查记录和整改通知书用您的证书做数字签名，办公室据此核验文书未被改动。</source>
        <translation>Inspection records and rectification notices are digitally signed with your certificate, so the office can check that they were not altered.</translation>
    </message>
    <message>
        <source>生成新的签名证书（自签名）(&amp;S)</source>
        <translation>Create a new &amp;self-signed certificate</translation>
    </message>
    <message>
        <source>导入单位签发的证书文件（PKCS#12：.p12/.pfx）(&amp;P)</source>
        <translation>Import a certificate issued by your office (&amp;PKCS#12: .p12/.pfx)</translation>
    </message>
    <message>
        <source>以后再说（第一次签名时再生成）(&amp;L)</source>
        <translation>&amp;Later (create one at the first signature)</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>证书文件</source>
        <translation>Certificate file</translation>
    </message>
    <message>
        <source>证书文件密码</source>
        <translation>Certificate file password</translation>
    </message>
    <message>
        <source>密钥口令</source>
        <translation>Key passphrase</translation>
    </message>
    <message>
        <source>再次输入口令</source>
        <translation>Repeat passphrase</translation>
    </message>
    <message>
        <source>口令保护保存在本机的私钥；每次签名时需要输入。请牢记，忘记后只能重新生成证书。</source>
        <translation>The passphrase protects the private key stored on this computer and is asked for at every signature. Remember it: if it is forgotten, a new certificate must be made.</translation>
    </message>
    <message>
        <source>此版本未包含签名功能：证书可在以后的版本中生成。</source>
        <translation>This version has no signing: a certificate can be made in a later version.</translation>
    </message>
    <message>
        <source>已有签名证书：%1（指纹 %2…）</source>
        <translation>Signing certificate present: %1 (fingerprint %2…)</translation>
    </message>
    <message>
        <source>选择证书文件</source>
        <translation>Choose Certificate File</translation>
    </message>
    <message>
        <source>PKCS#12 证书 (*.p12 *.pfx);;所有文件 (*)</source>
        <translation>PKCS#12 certificates (*.p12 *.pfx);;All files (*)</translation>
    </message>
    <message>
        <source>口令至少需要 6 个字符。</source>
        <translation>The passphrase needs at least 6 characters.</translation>
    </message>
    <message>
        <source>两次输入的口令不一致。</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>请选择证书文件。</source>
        <translation>Please choose the certificate file.</translation>
    </message>
</context>
<context>
    <name>ConfirmValue</name>
    <message>
        <source>输入的数值：{value}{unit}</source>
        <translation>Value entered: {value}{unit}</translation>
    </message>
    <message>
        <source>按坐标计算的直线距离：{m:.1f} 米</source>
        <translation>Straight line computed from the coordinates: {m:.1f} m</translation>
    </message>
    <message>
        <source>通常范围：{range}{unit}</source>
        <translation>Usual range: {range}{unit}</translation>
    </message>
    <message>
        <source>数值确实无误吗？确认后会在备注中注明已核实。</source>
        <translation>Is the value really right? When you confirm, the note will say it was checked.</translation>
    </message>
    <message>
        <source>请核对数值</source>
        <translation>Check the value</translation>
    </message>
    <message>
        <source>确认无误，保存</source>
        <translation>It is right, save</translation>
    </message>
    <message>
        <source>取消，不保存</source>
        <translation>Cancel, do not save</translation>
    </message>
    <message>
        <source>米</source>
        <translation>m</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>处理冲突</source>
        <translation>Resolve Conflict</translation>
    </message>
    <message>
        <source>这条记录属于已完成的检查，导入不会改动它。设备传来的修改只能记录在案。</source>
        <translation>This record belongs to a finished inspection, so an import never changes it. The device&apos;s change can only be kept on file.</translation>
    </message>
    <message>
        <source>这条记录由另一台设备创建，设备 %1 的数据包想要改动它；导入没有改动它，两个版本都已保留。</source>
        <translation>Another device created this record; a package from device %1 tried to change it. The import left it unchanged; both versions are kept.</translation>
    </message>
    <message>
        <source>办公室和设备都在共同版本 %1 之后修改了这条记录。</source>
        <translation>Both the office and the device changed this record after their common version %1.</translation>
    </message>
    <message>
        <source>办公室和设备都修改了这条记录，两个版本都已保留。</source>
        <translation>Both the office and the device changed this record; both versions are kept.</translation>
    </message>
    <message>
        <source> 不同的字段排在前面并标色。</source>
        <translation> Fields that differ come first and are highlighted.</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>办公室现有（第 %1 版）</source>
        <translation>Office (version %1)</translation>
    </message>
    <message>
        <source>设备传来（第 %1 版）</source>
        <translation>Device (version %1)</translation>
    </message>
    <message>
        <source>保留办公室现有版本</source>
        <translation>Keep the Office&apos;s Version</translation>
    </message>
    <message>
        <source>采用设备传来的版本</source>
        <translation>Take the Device&apos;s Version</translation>
    </message>
    <message>
        <source>理由（必填）：</source>
        <translation>Reason (required):</translation>
    </message>
</context>
<context>
    <name>CoordSourceBox</name>
    <message>
        <source>坐标从哪个地图复制或输入：高德、腾讯为 GCJ-02，百度为 BD-09，将换算为 WGS-84 保存</source>
        <translation>Which map the coordinates were copied or typed from: Amap and Tencent give GCJ-02, Baidu gives BD-09; they are converted to WGS-84 when saved</translation>
    </message>
</context>
<context>
    <name>CorrectDialog</name>
    <message>
        <source>当场整改</source>
        <translation>Corrected on Site</translation>
    </message>
    <message>
        <source>当场整改：%1</source>
        <translation>Corrected on Site: %1</translation>
    </message>
    <message>
        <source>场所：%1
问题：%2</source>
        <translation>Site: %1
Problem: %2</translation>
    </message>
    <message>
        <source>选择照片…</source>
        <translation>Choose Photos…</translation>
    </message>
    <message>
        <source>整改情况</source>
        <translation>What was corrected</translation>
    </message>
    <message>
        <source>整改后照片</source>
        <translation>Photo after correction</translation>
    </message>
    <message>
        <source>选择照片</source>
        <translation>Choose Photos</translation>
    </message>
    <message>
        <source>图片 (*.jpg *.jpeg *.png)</source>
        <translation>Images (*.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>CountWidget</name>
    <message>
        <source>个</source>
        <translation>pcs</translation>
    </message>
    <message>
        <source>超过 {n} 即不合格</source>
        <translation>fails above {n}</translation>
    </message>
    <message>
        <source>少于 {n} 即不合格</source>
        <translation>fails below {n}</translation>
    </message>
    <message>
        <source>不合格</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>合格</source>
        <translation>Pass</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>意外错误</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>程序遇到了意外错误，刚才的操作可能没有完成。已保存的数据不受影响，您可以继续工作；如果问题重复出现，请把日志文件或“复制详细信息”的内容发给技术支持。</source>
        <translation>Something went wrong unexpectedly and the last action may not have finished. Data already saved is not affected and you can keep working; if it happens again, send the log file or what “Copy details” copies to support.</translation>
    </message>
    <message>
        <source>（共 %1 次）</source>
        <translation>(%1 times)</translation>
    </message>
    <message>
        <source>日志文件：%1</source>
        <translation>Log file: %1</translation>
    </message>
    <message>
        <source>没有日志文件。</source>
        <translation>There is no log file.</translation>
    </message>
    <message>
        <source>复制详细信息</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <source>显示详细信息</source>
        <translation>Show details</translation>
    </message>
    <message>
        <source>打开日志文件夹</source>
        <translation>Open log folder</translation>
    </message>
    <message>
        <source>已复制</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>DistancePanel</name>
    <message>
        <source>激光测距仪</source>
        <translation>Laser rangefinder</translation>
    </message>
    <message>
        <source>测距轮</source>
        <translation>Measuring wheel</translation>
    </message>
    <message>
        <source>皮尺</source>
        <translation>Tape measure</translation>
    </message>
    <message>
        <source>手机 GPS</source>
        <translation>Phone GPS</translation>
    </message>
    <message>
        <source>地图软件测距</source>
        <translation>Map app measurement</translation>
    </message>
    <message>
        <source>实测米数</source>
        <translation>measured metres</translation>
    </message>
    <message>
        <source>如：场所正门</source>
        <translation>e.g. the site&apos;s main door</translation>
    </message>
    <message>
        <source>如：学校南门</source>
        <translation>e.g. the school&apos;s south gate</translation>
    </message>
    <message>
        <source>米，可不填</source>
        <translation>metres, optional</translation>
    </message>
    <message>
        <source>记录测量</source>
        <translation>Record Measurement</translation>
    </message>
    <message>
        <source>测量方法</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>距离（米）</source>
        <translation>Distance (m)</translation>
    </message>
    <message>
        <source>起点</source>
        <translation>From</translation>
    </message>
    <message>
        <source>终点</source>
        <translation>To</translation>
    </message>
    <message>
        <source>测量工具</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>GPS 精度</source>
        <translation>GPS accuracy</translation>
    </message>
    <message>
        <source>方法</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>工具</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>测量人</source>
        <translation>Measured by</translation>
    </message>
    <message>
        <source>删除所选测量</source>
        <translation>Delete Selected Measurement</translation>
    </message>
    <message>
        <source>请输入实测距离（米）。</source>
        <translation>Please enter the measured distance in metres.</translation>
    </message>
    <message>
        <source>GPS 精度应为米数，或不填。</source>
        <translation>GPS accuracy should be a number of metres, or left empty.</translation>
    </message>
    <message>
        <source>无法计算直线距离：场所或学校缺少坐标。限值 {limit:g} 米。</source>
        <translation>Cannot compute the straight-line distance: the site or the school has no coordinates. Limit {limit:g} m.</translation>
    </message>
    <message>
        <source>按坐标计算的直线距离：最近学校 &lt;b&gt;{school}&lt;/b&gt;，&lt;b style=&apos;color:{color}&apos;&gt;{m:.1f} 米&lt;/b&gt;（限值 {limit:g} 米，仅作核对）</source>
        <translation>Straight-line distance from coordinates: nearest school &lt;b&gt;{school}&lt;/b&gt;, &lt;b style=&apos;color:{color}&apos;&gt;{m:.1f} m&lt;/b&gt; (limit {limit:g} m; a cross-check only)</translation>
    </message>
    <message>
        <source>边界未录入，按校门点估算</source>
        <translation>No boundary recorded: estimated from the gates</translation>
    </message>
    <message>
        <source>依据：{basis}</source>
        <translation>Basis: {basis}</translation>
    </message>
    <message>
        <source>（±{m} 米）</source>
        <translation> (±{m} m)</translation>
    </message>
    <message>
        <source>本地政策对此类场所不作距离要求。</source>
        <translation>Local policy sets no distance rule for this kind of site.</translation>
    </message>
    <message>
        <source>以“{method}”为准，尚未测量。</source>
        <translation>Decided by “{method}”: not measured yet.</translation>
    </message>
    <message>
        <source>以“{method}”为准：{m:.1f} 米，不足 {limit:g} 米，红线不合格。</source>
        <translation>Decided by “{method}”: {m:.1f} m, under {limit:g} m: red-line failure.</translation>
    </message>
    <message>
        <source>以“{method}”为准：{m:.1f} 米，符合 {limit:g} 米要求。</source>
        <translation>Decided by “{method}”: {m:.1f} m, meets the {limit:g} m rule.</translation>
    </message>
    <message>
        <source>距离在限值 {limit:g} 米上下 {margin:g} 米以内：请另一名检查员用同一方法复测，并记录第二次测量。</source>
        <translation>The distance is within {margin:g} m of the {limit:g} m limit: ask the other inspector to measure again with the same method and record the second measurement.</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>场所</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>检查时间</source>
        <translation>Inspected at</translation>
    </message>
    <message>
        <source>结论</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>文书</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>现场签名…</source>
        <translation>Sign on Site…</translation>
    </message>
    <message>
        <source>预览检查记录</source>
        <translation>Preview Inspection Record</translation>
    </message>
    <message>
        <source>预览整改通知书</source>
        <translation>Preview Rectification Notice</translation>
    </message>
    <message>
        <source>生成签名文书</source>
        <translation>Produce Signed Documents</translation>
    </message>
    <message>
        <source>登记送达…</source>
        <translation>Record service…</translation>
    </message>
    <message>
        <source>通知书送达后，登记实际送达时间并生成新版通知书</source>
        <translation>Once the notice is handed over, record the real time of service and make a new version of the notice</translation>
    </message>
    <message>
        <source>验证 PDF…</source>
        <translation>Verify PDF…</translation>
    </message>
    <message>
        <source>打开文书文件夹</source>
        <translation>Open Documents Folder</translation>
    </message>
    <message>
        <source>文书设置…</source>
        <translation>Document Settings…</translation>
    </message>
    <message>
        <source>不合格项</source>
        <translation>Failed items</translation>
    </message>
    <message>
        <source>严重程度</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>整改期限（天）</source>
        <translation>Deadline (days)</translation>
    </message>
    <message>
        <source>检查记录</source>
        <translation>Inspection record</translation>
    </message>
    <message>
        <source>整改期限（可逐项修改）</source>
        <translation>Deadlines (editable per item)</translation>
    </message>
    <message>
        <source>已生成的文书（双击预览）</source>
        <translation>Documents produced (double-click to preview)</translation>
    </message>
    <message>
        <source>记录已更正：%1 的签名（或拒签）是在更正前给出的，请点“现场签名…”重新签名后再生成签名文书。</source>
        <translation>The record was amended: the signatures (or refusal) of %1 were given before the amendment. Click “Sign on Site…” to sign again before producing the signed documents.</translation>
    </message>
    <message>
        <source>红线</source>
        <translation>Red line</translation>
    </message>
    <message>
        <source>扣分</source>
        <translation>Deduct</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Advisory</translation>
    </message>
    <message>
        <source>整改通知书</source>
        <translation>Rectification notice</translation>
    </message>
    <message>
        <source>已签名</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>未签名</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <source>  第 %1 版</source>
        <translation>  version %1</translation>
    </message>
    <message>
        <source>（已被取代）</source>
        <translation> (superseded)</translation>
    </message>
    <message>
        <source>签名已保存。</source>
        <translation>Signatures saved.</translation>
    </message>
    <message>
        <source>正在生成预览…</source>
        <translation>Making the preview…</translation>
    </message>
    <message>
        <source>生成签名密钥</source>
        <translation>Create Signing Key</translation>
    </message>
    <message>
        <source>首次签名：请设置签名密钥口令</source>
        <translation>First signature: please set a passphrase for the signing key</translation>
    </message>
    <message>
        <source>已取消。</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>再输入一次口令</source>
        <translation>Enter the passphrase again</translation>
    </message>
    <message>
        <source>两次输入的口令不一致。</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>签名</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>请输入签名密钥口令</source>
        <translation>Please enter the signing key passphrase</translation>
    </message>
    <message>
        <source>正在生成并签名文书…</source>
        <translation>Producing and signing the documents…</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>已生成并签名：%1（保存在文书文件夹）</source>
        <translation>Produced and signed: %1 (saved in the documents folder)</translation>
    </message>
    <message>
        <source>&#x3000;整改通知书送达后，请点“登记送达…”填写实际送达时间。</source>
        <translation>  Once the notice is handed over, click &quot;Record service…&quot; to enter the real time of service.</translation>
    </message>
    <message>
        <source>正在生成并签名新版通知书…</source>
        <translation>Making and signing the new version of the notice…</translation>
    </message>
    <message>
        <source>已登记送达时间，新版通知书已签名：%1</source>
        <translation>Time of service recorded; the new version of the notice is signed: %1</translation>
    </message>
</context>
<context>
    <name>FinishDialog</name>
    <message>
        <source>完成检查前请确认</source>
        <translation>Please Check Before Finishing</translation>
    </message>
    <message>
        <source>以下内容尚未完成。完成后检查记录将被锁定，之后只能以“更正”方式修改。双击某项可返回该项补充。</source>
        <translation>The following is not complete. Once finished, the inspection is locked and can only be changed by an amendment. Double-click an entry to go back to it.</translation>
    </message>
    <message>
        <source>未填写的必答项</source>
        <translation>Required items not answered</translation>
    </message>
    <message>
        <source>不合格但缺少照片</source>
        <translation>Failed items without a photo</translation>
    </message>
    <message>
        <source>不合格但缺少说明</source>
        <translation>Failed but no note</translation>
    </message>
    <message>
        <source>尚未按政策规定的方法记录与学校的距离</source>
        <translation>The distance to the school has not been recorded with the method the policy requires</translation>
    </message>
    <message>
        <source>距离接近限值，请由第二名检查员复测并记录</source>
        <translation>The distance is close to the limit: a second inspector should measure and record it again</translation>
    </message>
    <message>
        <source>200 米距离</source>
        <translation>200 m distance</translation>
    </message>
    <message>
        <source>{code}&#x3000;{text}</source>
        <translation>{code}  {text}</translation>
    </message>
    <message>
        <source>返回补充</source>
        <translation>Go Back and Complete</translation>
    </message>
    <message>
        <source>仍然完成并锁定</source>
        <translation>Finish and Lock Anyway</translation>
    </message>
    <message>
        <source>{title}（{n}）</source>
        <translation>{title} ({n})</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>第 %1 步，共 %2 步</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <source>首次使用设置</source>
        <translation>First-Run Setup</translation>
    </message>
    <message>
        <source>&lt; 上一步(&amp;B)</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>下一步(&amp;N) &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>完成(&amp;F)</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FontPage</name>
    <message>
        <source>中文字体</source>
        <translation>Chinese Font</translation>
    </message>
    <message>
        <source>PDF 文书需要一款可嵌入的中文 TrueType 字体，以便在任何电脑上显示一致。</source>
        <translation>PDF documents need a Chinese TrueType font that can be embedded, so they look the same on every computer.</translation>
    </message>
    <message>
        <source>选择字体文件…</source>
        <translation>Choose Font File…</translation>
    </message>
    <message>
        <source>重新检查</source>
        <translation>Check Again</translation>
    </message>
    <message>
        <source>✔ 已找到中文字体：%1</source>
        <translation>✔ Chinese font found: %1</translation>
    </message>
    <message>
        <source>（内置）</source>
        <translation>(built in)</translation>
    </message>
    <message>
        <source>✘ 没有找到可嵌入的中文字体。PDF 仍可生成，但打开它的电脑必须装有中文字体。

请安装一款中文 TrueType 字体后点“重新检查”：
• Debian / Ubuntu：sudo apt install %1
• Windows 和 macOS 自带可用字体（宋体、微软雅黑、华文黑体）；
或点“选择字体文件…”指定一个 .ttf / .ttc 文件。</source>
        <translation>✘ No Chinese font that can be embedded was found. PDFs can still be made, but the computer that opens them must have a Chinese font.

Install a Chinese TrueType font, then click “Check Again”:
• Debian / Ubuntu: sudo apt install %1
• Windows and macOS come with usable fonts (SimSun, Microsoft YaHei, STHeiti);
or click “Choose Font File…” to name a .ttf / .ttc file.</translation>
    </message>
    <message>
        <source>选择中文字体</source>
        <translation>Choose Chinese Font</translation>
    </message>
    <message>
        <source>TrueType 字体 (*.ttf *.ttc);;所有文件 (*)</source>
        <translation>TrueType fonts (*.ttf *.ttc);;All files (*)</translation>
    </message>
</context>
<context>
    <name>GridMapView</name>
    <message>
        <source>校门</source>
        <translation>The gate</translation>
    </message>
    <message>
        <source>{school}：校园边界外 {m:g} 米范围</source>
        <translation>{school}: {m:g} m beyond the campus boundary</translation>
    </message>
    <message>
        <source>{school} 校园边界</source>
        <translation>{school} campus boundary</translation>
    </message>
    <message>
        <source>{school} {gate}：{m:g} 米范围（边界未录入，按校门点估算）</source>
        <translation>{school} {gate}: within {m:g} m (no boundary recorded: estimated from the gates)</translation>
    </message>
    <message>
        <source>
距{school}校园边界最近点 {m:.1f} 米</source>
        <translation>
{m:.1f} m to the nearest point of {school}&apos;s campus boundary</translation>
    </message>
    <message>
        <source>（边界未录入，按校门点估算）</source>
        <translation> (no boundary recorded: estimated from the gates)</translation>
    </message>
    <message>
        <source>
在学校周边 {m:g} 米范围内</source>
        <translation>
Within {m:g} m of a school</translation>
    </message>
    <message>
        <source>没有带坐标的场所或学校。请在场所登记中填写坐标（纬度, 经度）。</source>
        <translation>No sites or schools have coordinates. Enter coordinates (latitude, longitude) in the register.</translation>
    </message>
    <message>
        <source>100 米（网格间距）</source>
        <translation>100 m (grid spacing)</translation>
    </message>
</context>
<context>
    <name>HeaderDialog</name>
    <message>
        <source>主检查员</source>
        <translation>Lead inspector</translation>
    </message>
    <message>
        <source>主检查员证件号</source>
        <translation>Lead inspector&apos;s ID number</translation>
    </message>
    <message>
        <source>协检员</source>
        <translation>Second inspector</translation>
    </message>
    <message>
        <source>协检员证件号</source>
        <translation>Second inspector&apos;s ID number</translation>
    </message>
    <message>
        <source>检查地点</source>
        <translation>Place of inspection</translation>
    </message>
    <message>
        <source>检查信息</source>
        <translation>Inspection details</translation>
    </message>
    <message>
        <source>检查时间</source>
        <translation>Inspected at</translation>
    </message>
    <message>
        <source>纬度, 经度（可粘贴）</source>
        <translation>latitude, longitude (paste allowed)</translation>
    </message>
    <message>
        <source>来自</source>
        <translation>from</translation>
    </message>
    <message>
        <source>坐标</source>
        <translation>Coordinates</translation>
    </message>
    <message>
        <source>采取的措施</source>
        <translation>Measures taken</translation>
    </message>
    <message>
        <source>其他说明</source>
        <translation>Other remarks</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>在册场所</source>
        <translation>Registered sites</translation>
    </message>
    <message>
        <source>学校与幼儿园</source>
        <translation>Schools and kindergartens</translation>
    </message>
    <message>
        <source>检查表模板</source>
        <translation>Checklist templates</translation>
    </message>
    <message>
        <source>巡查记录</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <source>今日工作</source>
        <translation>Today&apos;s work</translation>
    </message>
    <message>
        <source>新建巡查… (Ctrl+N)</source>
        <translation>New Inspection… (Ctrl+N)</translation>
    </message>
    <message>
        <source>选择场所和检查表，开始一次现场检查</source>
        <translation>Choose a site and checklists and start an on-site inspection</translation>
    </message>
    <message>
        <source>导出给办公室…</source>
        <translation>Export to the Office…</translation>
    </message>
    <message>
        <source>在“同步”页把数据包导出到 U 盘或共享文件夹</source>
        <translation>Export a package to a USB drive or shared folder on the Sync page</translation>
    </message>
    <message>
        <source>继续检查</source>
        <translation>Resume Inspection</translation>
    </message>
    <message>
        <source>查看整改跟踪</source>
        <translation>Open Rectification</translation>
    </message>
    <message>
        <source>未完成的巡查 %1 条（回车或双击继续）：</source>
        <translation>Unfinished inspections: %1 (press Enter or double-click to resume):</translation>
    </message>
    <message>
        <source>没有未完成的巡查。</source>
        <translation>No unfinished inspections.</translation>
    </message>
    <message>
        <source>整改事项暂时无法统计。</source>
        <translation>Rectification cases cannot be counted right now.</translation>
    </message>
    <message>
        <source>没有即将到期或逾期的整改事项。</source>
        <translation>No rectification cases are due soon or overdue.</translation>
    </message>
    <message>
        <source>整改事项：%1 项即将到期或逾期，其中逾期 %2 项。</source>
        <translation>Rectification: %1 cases due soon or overdue, %2 of them overdue.</translation>
    </message>
    <message>
        <source>文明创建巡查助手</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>（未设置检查员，请在“设置”中填写）</source>
        <translation>(no inspector set: fill it in under Settings)</translation>
    </message>
    <message>
        <source>另有 %1 个已归档</source>
        <translation>plus %1 archived</translation>
    </message>
    <message>
        <source>数据目录：%1</source>
        <translation>Data folder: %1</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>欢迎使用文明创建巡查助手</source>
        <translation>Welcome to Inspector</translation>
    </message>
    <message>
        <source>先填写单位和检查员信息，它们会出现在检查记录和整改通知书上。</source>
        <translation>First enter your office and inspector details; they appear on inspection records and rectification notices.</translation>
    </message>
    <message>
        <source>单位名称(&amp;O)</source>
        <translation>&amp;Office name</translation>
    </message>
    <message>
        <source>执法证号(&amp;I)</source>
        <translation>Enforcement &amp;ID number</translation>
    </message>
    <message>
        <source>检查员姓名(&amp;M)</source>
        <translation>Inspector na&amp;me</translation>
    </message>
    <message>
        <source>网格(&amp;G)</source>
        <translation>&amp;Grid</translation>
    </message>
    <message>
        <source>社区(&amp;C)</source>
        <translation>&amp;Community</translation>
    </message>
    <message>
        <source>如：某街道文明创建办公室</source>
        <translation>e.g. the sub-district civilized-city campaign office</translation>
    </message>
    <message>
        <source>执法证号或身份证号</source>
        <translation>Enforcement ID or identity card number</translation>
    </message>
    <message>
        <source>如：青石社区第1网格</source>
        <translation>e.g. Qingshi Community Grid 1</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>表格文件 (*.csv *.xlsx);;CSV (*.csv);;Excel (*.xlsx)</source>
        <translation>Spreadsheets (*.csv *.xlsx);;CSV (*.csv);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>场所</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>学校</source>
        <translation>Schools</translation>
    </message>
    <message>
        <source>导入%1预览</source>
        <translation>Import %1: Preview</translation>
    </message>
    <message>
        <source>文件 %1：共 %2 行数据，%3 行可以导入，%4 行有误。</source>
        <translation>File %1: %2 data rows, %3 can be imported, %4 have errors.</translation>
    </message>
    <message>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>有误的行（%1）</source>
        <translation>Rows with errors (%1)</translation>
    </message>
    <message>
        <source>可导入的行（%1）</source>
        <translation>Rows to import (%1)</translation>
    </message>
    <message>
        <source>未识别、将忽略的列：%1</source>
        <translation>Unknown columns, ignored: %1</translation>
    </message>
    <message>
        <source>无法识别的场所类型：选择对应的类型，该类型的所有行一并导入</source>
        <translation>Unrecognised site kinds: choose the matching kind, and all rows of that kind are imported</translation>
    </message>
    <message>
        <source>（不导入）</source>
        <translation>(do not import)</translation>
    </message>
    <message>
        <source>“%1”（%2 行）</source>
        <translation>&quot;%1&quot; (%2 rows)</translation>
    </message>
    <message>
        <source>有误的行不会导入；请在表格中改正后再单独导入这些行。</source>
        <translation>Rows with errors are not imported; correct them in the spreadsheet and import them separately.</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>统一社会信用代码校验位有误的 %1 行仍导入（标记为未核验）</source>
        <translation>Import the %1 rows whose credit code has a wrong check character anyway (marked unchecked)</translation>
    </message>
    <message>
        <source>导入 %1 行</source>
        <translation>Import %1 Rows</translation>
    </message>
    <message>
        <source>导入失败，没有导入任何数据：%1</source>
        <translation>Import failed; nothing was imported: %1</translation>
    </message>
    <message>
        <source>导入失败</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>无法保存类型对应</source>
        <translation>Could not save the kind mapping</translation>
    </message>
    <message>
        <source>选择要导入的文件</source>
        <translation>Choose the File to Import</translation>
    </message>
    <message>
        <source>无法导入</source>
        <translation>Cannot Import</translation>
    </message>
</context>
<context>
    <name>InspectionTableModel</name>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>复查·</source>
        <translation>Re-inspection · </translation>
    </message>
    <message>
        <source>（已更正）</source>
        <translation>(amended)</translation>
    </message>
    <message>
        <source>进行中</source>
        <translation>In progress</translation>
    </message>
</context>
<context>
    <name>InspectionsPage</name>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>合格</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>扣分</source>
        <translation>Deduct</translation>
    </message>
    <message>
        <source>红线·黑榜候选</source>
        <translation>Red line · black-list candidate</translation>
    </message>
    <message>
        <source>检查时间</source>
        <translation>Inspected at</translation>
    </message>
    <message>
        <source>场所</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>主检查员</source>
        <translation>Lead inspector</translation>
    </message>
    <message>
        <source>得分</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>场所类型</source>
        <translation>Site kind</translation>
    </message>
    <message>
        <source>检查员</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>检查日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>清除筛选</source>
        <translation>Clear Filters</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>双击打开：草稿继续检查，已完成的记录只读查看。</source>
        <translation>Double-click to open: a draft continues the inspection, a finished one opens read-only.</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>共 {n} 条</source>
        <translation>{n} in total</translation>
    </message>
</context>
<context>
    <name>ItemView</name>
    <message>
        <source>红线</source>
        <translation>Red line</translation>
    </message>
    <message>
        <source>扣分 每个 {n} 分</source>
        <translation>Deduct {n} pt each</translation>
    </message>
    <message>
        <source>扣分 {n} 分</source>
        <translation>Deduct {n} pt</translation>
    </message>
    <message>
        <source>扣分</source>
        <translation>Deduct</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Advisory</translation>
    </message>
    <message>
        <source>（选答）</source>
        <translation>(optional)</translation>
    </message>
    <message>
        <source>此项不合格，请拍照留证（Alt+P 添加照片，或把照片拖到下方）</source>
        <translation>This item failed: take a photo as evidence (Alt+P adds a photo, or drop photos below)</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Alt+N 转到备注</source>
        <translation>Alt+N goes to the note</translation>
    </message>
    <message>
        <source>现场情况、整改要求等</source>
        <translation>What was found, what must be corrected…</translation>
    </message>
    <message>
        <source>照片</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Alt+P 添加照片</source>
        <translation>Alt+P adds a photo</translation>
    </message>
    <message>
        <source>已更正 {n} 次；最近一次 {when}，{who}：{reason}</source>
        <translation>Amended {n} times; latest on {when} by {who}: {reason}</translation>
    </message>
    <message>
        <source>由测量得出</source>
        <translation>From the measurement</translation>
    </message>
    <message>
        <source>未保存：{why}</source>
        <translation>Not saved: {why}</translation>
    </message>
    <message>
        <source>合格</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>不合格</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>不适用</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>已填写</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>未答</source>
        <translation>Not answered</translation>
    </message>
</context>
<context>
    <name>JumpPopup</name>
    <message>
        <source>跳转到检查项</source>
        <translation>Go to Item</translation>
    </message>
    <message>
        <source>输入编号或文字，回车跳转</source>
        <translation>Type a code or words, Enter to go</translation>
    </message>
    <message>
        <source>{code}&#x3000;{text}&#x3000;〔{status}〕</source>
        <translation>{code}  {text}  [{status}]</translation>
    </message>
</context>
<context>
    <name>KeyPrompt</name>
    <message>
        <source>密钥口令</source>
        <translation>Key passphrase</translation>
    </message>
    <message>
        <source>同步密钥已加密：请输入密钥口令</source>
        <translation>The sync keys are encrypted: enter the key passphrase</translation>
    </message>
    <message>
        <source>密钥口令不正确。</source>
        <translation>The key passphrase is wrong.</translation>
    </message>
</context>
<context>
    <name>ListsPage</name>
    <message>
        <source>月份 2026-10 或季度 2026Q4</source>
        <translation>Month 2026-10 or quarter 2026Q4</translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>生成草稿</source>
        <translation>Make Draft</translation>
    </message>
    <message>
        <source>榜别</source>
        <translation>List</translation>
    </message>
    <message>
        <source>场所</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>上榜理由</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>不予列入理由</source>
        <translation>Reason for exclusion</translation>
    </message>
    <message>
        <source>场所回复</source>
        <translation>Site&apos;s reply</translation>
    </message>
    <message>
        <source>不予列入…</source>
        <translation>Exclude…</translation>
    </message>
    <message>
        <source>恢复列入</source>
        <translation>Include Again</translation>
    </message>
    <message>
        <source>场所回复…</source>
        <translation>Site&apos;s Reply…</translation>
    </message>
    <message>
        <source>发布…</source>
        <translation>Publish…</translation>
    </message>
    <message>
        <source>导出 PDF 和 XLSX…</source>
        <translation>Export PDF and XLSX…</translation>
    </message>
    <message>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>已有各期</source>
        <translation>Existing issues</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>尚无红黑榜。选择期间和类别后点“生成草稿”。</source>
        <translation>No red/black lists yet. Choose a period and a category, then click “Make Draft”.</translation>
    </message>
    <message>
        <source>红榜</source>
        <translation>Red list</translation>
    </message>
    <message>
        <source>黑榜</source>
        <translation>Black list</translation>
    </message>
    <message>
        <source>已发布，期号 %1，内容已冻结</source>
        <translation>Published as issue %1; contents frozen</translation>
    </message>
    <message>
        <source>草稿，可审核修改</source>
        <translation>Draft, open for review</translation>
    </message>
    <message>
        <source>%1：红榜 %2 家，黑榜 %3 家；%4</source>
        <translation>%1: %2 on the red list, %3 on the black list; %4</translation>
    </message>
    <message>
        <source>红黑榜</source>
        <translation>Red/Black Lists</translation>
    </message>
    <message>
        <source>正在生成草稿…</source>
        <translation>Making the draft…</translation>
    </message>
    <message>
        <source>请先在表中选择一个条目。</source>
        <translation>Please select an entry in the table first.</translation>
    </message>
    <message>
        <source>不予列入</source>
        <translation>Exclude</translation>
    </message>
    <message>
        <source>理由：</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>场所的说明（与条目一同公布）：</source>
        <translation>The site&apos;s statement (published with the entry):</translation>
    </message>
    <message>
        <source>发布红黑榜</source>
        <translation>Publish Red/Black List</translation>
    </message>
    <message>
        <source>期号（发布后内容冻结，不能再修改）：</source>
        <translation>Issue number (once published the contents are frozen):</translation>
    </message>
    <message>
        <source>正在冻结快照…</source>
        <translation>Freezing the snapshot…</translation>
    </message>
    <message>
        <source>正在发布…</source>
        <translation>Publishing…</translation>
    </message>
    <message>
        <source>导出到文件夹</source>
        <translation>Export to Folder</translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>已导出 %1 个文件到 %2。%3</source>
        <translation>Exported %1 files to %2. %3</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>数据目录：%1</source>
        <translation>Data folder: %1</translation>
    </message>
    <message>
        <source>首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>场所登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>检查表模板</source>
        <translation>Checklist templates</translation>
    </message>
    <message>
        <source>文书与签名</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>整改跟踪</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <source>正在准备演示数据…</source>
        <translation>Preparing the demo data…</translation>
    </message>
    <message>
        <source>正在打开数据…</source>
        <translation>Opening the data…</translation>
    </message>
    <message>
        <source>红黑榜</source>
        <translation>Red/Black Lists</translation>
    </message>
    <message>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>打印 PDF</source>
        <translation>Print a PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>导入场所…</source>
        <translation>Import Sites…</translation>
    </message>
    <message>
        <source>导入学校…</source>
        <translation>Import Schools…</translation>
    </message>
    <message>
        <source>导出场所…</source>
        <translation>Export Sites…</translation>
    </message>
    <message>
        <source>导出学校…</source>
        <translation>Export Schools…</translation>
    </message>
    <message>
        <source>验证 PDF 签名…</source>
        <translation>Verify PDF Signature…</translation>
    </message>
    <message>
        <source>打印 PDF…</source>
        <translation>Print a PDF…</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>设置…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>帮助</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <source>文明创建巡查助手</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>（演示数据）</source>
        <translation>(demo data)</translation>
    </message>
    <message>
        <source>草稿 %1</source>
        <translation>Drafts %1</translation>
    </message>
    <message>
        <source>未导出 %1</source>
        <translation>Not exported %1</translation>
    </message>
    <message>
        <source>逾期 %1</source>
        <translation>Overdue %1</translation>
    </message>
    <message>
        <source>尚未完成的检查</source>
        <translation>Inspections not finished yet</translation>
    </message>
    <message>
        <source>上次导出给办公室之后新增或修改的记录</source>
        <translation>Records added or changed since the last export to the office</translation>
    </message>
    <message>
        <source>已过整改期限的整改事项</source>
        <translation>Rectification cases past their deadline</translation>
    </message>
    <message>
        <source>⚠ 时钟偏慢</source>
        <translation>⚠ Clock behind</translation>
    </message>
    <message>
        <source>本机时钟比已记录的时间早约 %1 分钟。请在系统设置中校正日期和时间；在此期间的更改会在下一次导出时一并发给办公室。</source>
        <translation>This computer&apos;s clock is about %1 minutes behind times already recorded. Correct the date and time in the system settings; changes made meanwhile go to the office with the next export.</translation>
    </message>
    <message>
        <source>已自动备份数据库：%1</source>
        <translation>Database backed up automatically: %1</translation>
    </message>
    <message>
        <source>自动备份失败：%1</source>
        <translation>Automatic backup failed: %1</translation>
    </message>
    <message>
        <source>备份与恢复…</source>
        <translation>Backup and Restore…</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>巡查记录</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <source>网格地图</source>
        <translation>Grid Map</translation>
    </message>
    <message>
        <source>无法开始复查</source>
        <translation>Cannot start the re-inspection</translation>
    </message>
    <message>
        <source>无法打开</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <source>新建巡查…</source>
        <translation>New Inspection…</translation>
    </message>
    <message>
        <source>新建巡查 (Ctrl+N)</source>
        <translation>New Inspection (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>网格：</source>
        <translation>Grid:</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>全图</source>
        <translation>Fit All</translation>
    </message>
    <message>
        <source>全部网格</source>
        <translation>All grids</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#2e7d32&apos;&gt;■&lt;/span&gt; 校门&#x3000;&lt;span style=&apos;color:#2e7d32&apos;&gt;▭&lt;/span&gt; 校园边界&#x3000;&lt;span style=&apos;color:#d32f2f&apos;&gt;▭&lt;/span&gt; 边界外 {m:g} 米范围&#x3000;&lt;span style=&apos;color:#1565c0&apos;&gt;●&lt;/span&gt; 场所&#x3000;&lt;span style=&apos;color:#d32f2f&apos;&gt;●&lt;/span&gt; 范围内的受限场所（{n} 处）</source>
        <translation>&lt;span style=&apos;color:#2e7d32&apos;&gt;■&lt;/span&gt; Gate  &lt;span style=&apos;color:#2e7d32&apos;&gt;▭&lt;/span&gt; Campus boundary  &lt;span style=&apos;color:#d32f2f&apos;&gt;▭&lt;/span&gt; Within {m:g} m of it  &lt;span style=&apos;color:#1565c0&apos;&gt;●&lt;/span&gt; Site  &lt;span style=&apos;color:#d32f2f&apos;&gt;●&lt;/span&gt; Restricted sites inside ({n})</translation>
    </message>
</context>
<context>
    <name>MeasurementWidget</name>
    <message>
        <source>不少于 {v} {u}</source>
        <translation>at least {v} {u}</translation>
    </message>
    <message>
        <source>不超过 {v} {u}</source>
        <translation>at most {v} {u}</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>符合限值</source>
        <translation>within the limit</translation>
    </message>
    <message>
        <source>超出限值</source>
        <translation>outside the limit</translation>
    </message>
</context>
<context>
    <name>NewSiteBox</name>
    <message>
        <source>现场新建场所</source>
        <translation>New Site on the Spot</translation>
    </message>
    <message>
        <source>保存场所</source>
        <translation>Save Site</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
</context>
<context>
    <name>NumberBlocksPanel</name>
    <message>
        <source>文书编号段</source>
        <translation>Document number blocks</translation>
    </message>
    <message>
        <source>前缀（默认沿用上次）</source>
        <translation>Prefix (default: the last one)</translation>
    </message>
    <message>
        <source>分配编号段</source>
        <translation>Assign a block</translation>
    </message>
    <message>
        <source>设备：</source>
        <translation>Device:</translation>
    </message>
    <message>
        <source>个数：</source>
        <translation>Count:</translation>
    </message>
    <message>
        <source>编号段</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>设备</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>已用</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>共</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>给已登记设备分配不重叠的编号段；下次生成的配置包会带给设备。</source>
        <translation>Assign non-overlapping number blocks to registered devices; the next office bundle takes them to the devices.</translation>
    </message>
    <message>
        <source>创建办尚未给本机分配编号段：导入带编号段的配置包后，文书编号从中取用。</source>
        <translation>The office has not assigned this device a number block yet: once a bundle with one is installed, document numbers come from it.</translation>
    </message>
    <message>
        <source>编号段 %1：剩余 %2 个（共 %3 个）</source>
        <translation>Number block %1: %2 left (of %3)</translation>
    </message>
    <message>
        <source>。编号段即将用完，请向创建办申请新的编号段。</source>
        <translation>. The block is nearly used up: ask the office for a new one.</translation>
    </message>
    <message>
        <source>已分配 %1%2–%3。</source>
        <translation>Assigned %1%2–%3.</translation>
    </message>
</context>
<context>
    <name>PaperworkSettingsDialog</name>
    <message>
        <source>文书设置</source>
        <translation>Document Settings</translation>
    </message>
    <message>
        <source>创建办分配的编号前缀，如 苏仙巡〔2026〕</source>
        <translation>Number prefix assigned by the office, e.g. 苏仙巡〔2026〕</translation>
    </message>
    <message>
        <source>剩余 %1 个</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>（当前为临时编号段 %1）</source>
        <translation>(currently the provisional block %1)</translation>
    </message>
    <message>
        <source>文书编号段</source>
        <translation>Document number blocks</translation>
    </message>
    <message>
        <source>前缀</source>
        <translation>Prefix</translation>
    </message>
    <message>
        <source>起始号</source>
        <translation>First number</translation>
    </message>
    <message>
        <source>结束号</source>
        <translation>Last number</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>导出本人证书…</source>
        <translation>Export My Certificate…</translation>
    </message>
    <message>
        <source>导入单位证书（PKCS#12）…</source>
        <translation>Import Office Certificate (PKCS#12)…</translation>
    </message>
    <message>
        <source>数字签名</source>
        <translation>Digital signature</translation>
    </message>
    <message>
        <source>信任列表文件夹</source>
        <translation>Trust list folder</translation>
    </message>
    <message>
        <source>签名证书</source>
        <translation>Signing Certificate</translation>
    </message>
    <message>
        <source>尚未生成（首次签名时生成自签名证书）</source>
        <translation>Not created yet (a self-signed certificate is made at the first signature)</translation>
    </message>
    <message>
        <source>指纹：%1</source>
        <translation>Fingerprint: %1</translation>
    </message>
    <message>
        <source>有效期至：%1</source>
        <translation>Valid until: %1</translation>
    </message>
    <message>
        <source>在信任列表中</source>
        <translation>In the trust list</translation>
    </message>
    <message>
        <source>不在信任列表中</source>
        <translation>Not in the trust list</translation>
    </message>
    <message>
        <source>演示证书，无口令保护</source>
        <translation>Demo certificate, no passphrase</translation>
    </message>
    <message>
        <source>尚未生成签名证书。</source>
        <translation>No signing certificate yet.</translation>
    </message>
    <message>
        <source>导出证书</source>
        <translation>Export Certificate</translation>
    </message>
    <message>
        <source>证书 (*.pem)</source>
        <translation>Certificates (*.pem)</translation>
    </message>
    <message>
        <source>导入证书</source>
        <translation>Import Certificate</translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>证书文件密码</source>
        <translation>Certificate file password</translation>
    </message>
    <message>
        <source>设置本机签名密钥口令</source>
        <translation>Set the passphrase of this computer&apos;s signing key</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>（尚无预览）</source>
        <translation>(no preview yet)</translation>
    </message>
    <message>
        <source>适合宽度</source>
        <translation>Fit Width</translation>
    </message>
    <message>
        <source>整页</source>
        <translation>Whole Page</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>打印这份签名文书（Ctrl+P）</source>
        <translation>Print this signed document (Ctrl+P)</translation>
    </message>
    <message>
        <source>打印预览…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <source>%1  共 %2 页</source>
        <translation>%1  of %2 pages</translation>
    </message>
    <message>
        <source>无法显示此 PDF。</source>
        <translation>Cannot show this PDF.</translation>
    </message>
</context>
<context>
    <name>PdfPrinting</name>
    <message>
        <source>无法读取 %1，不能打印。</source>
        <translation>Cannot read %1, so it cannot be printed.</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>打印 %1</source>
        <translation>Print %1</translation>
    </message>
    <message>
        <source>打印机没有接受打印任务。</source>
        <translation>The printer did not accept the print job.</translation>
    </message>
    <message>
        <source>打印预览 %1</source>
        <translation>Print preview %1</translation>
    </message>
    <message>
        <source>本机没有安装打印机，无法打印。可以把文书另存为 PDF，拿到有打印机的电脑上打印。</source>
        <translation>No printer is installed on this computer, so nothing can be printed. You can save the document as a PDF and print it on a computer that has a printer.</translation>
    </message>
    <message>
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>无法保存 %1：%2</source>
        <translation>Cannot save %1: %2</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>打印预览…</source>
        <translation>Print preview…</translation>
    </message>
</context>
<context>
    <name>PendingCertsBox</name>
    <message>
        <source>待确认的检查人员证书</source>
        <translation>Inspector certificates awaiting confirmation</translation>
    </message>
    <message>
        <source>设备送来的证书在这里确认后才会被信任，并随配置包发给各设备。请先与持有人核对证书指纹。</source>
        <translation>Certificates sent by devices are trusted, and sent to every device in the bundle, only once confirmed here. Check the fingerprint with the holder first.</translation>
    </message>
    <message>
        <source>持有人</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>指纹（SHA-256）</source>
        <translation>Fingerprint (SHA-256)</translation>
    </message>
    <message>
        <source>设备</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>到期</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>信任所选证书…</source>
        <translation>Trust selected certificate…</translation>
    </message>
    <message>
        <source>信任证书</source>
        <translation>Trust certificate</translation>
    </message>
    <message>
        <source>持有人：%1
指纹：%2
设备：%3

确认信任这张证书吗？</source>
        <translation>Holder: %1
Fingerprint: %2
Device: %3

Trust this certificate?</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>图片 (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff *.heic)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff *.heic)</translation>
    </message>
    <message>
        <source>添加照片…</source>
        <translation>Add Photos…</translation>
    </message>
    <message>
        <source>选择照片文件，或把照片拖到这里（Alt+P）</source>
        <translation>Choose photo files, or drop photos here (Alt+P)</translation>
    </message>
    <message>
        <source>可将照片拖放到此处</source>
        <translation>Drop photos here</translation>
    </message>
    <message>
        <source>无法显示</source>
        <translation>Cannot show</translation>
    </message>
    <message>
        <source>选择照片</source>
        <translation>Choose Photos</translation>
    </message>
    <message>
        <source>{name} 不是照片文件</source>
        <translation>{name} is not a photo</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>场所</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>学校与幼儿园</source>
        <translation>Schools and kindergartens</translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <source>显示已归档</source>
        <translation>Show archived</translation>
    </message>
    <message>
        <source>新建</source>
        <translation>New</translation>
    </message>
    <message>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>归档</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>导入…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>新建（Ctrl+Shift+N）</source>
        <translation>New (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>搜索（Ctrl+F）</source>
        <translation>Search (Ctrl+F)</translation>
    </message>
    <message>
        <source>共 %1 条</source>
        <translation>%1 in total</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>无法打开</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <source>操作失败</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>导出到文件</source>
        <translation>Export to File</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>RepeatBar</name>
    <message>
        <source>＋ 添加{title}</source>
        <translation>+ Add {title}</translation>
    </message>
    <message>
        <source>添加{title}</source>
        <translation>Add {title}</translation>
    </message>
    <message>
        <source>已添加 {name}</source>
        <translation>Added {name}</translation>
    </message>
</context>
<context>
    <name>SaveMark</name>
    <message>
        <source>保存中…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>✓ 已保存 {time}</source>
        <translation>✓ Saved {time}</translation>
    </message>
    <message>
        <source>✗ 未保存</source>
        <translation>✗ Not saved</translation>
    </message>
</context>
<context>
    <name>SchoolDialog</name>
    <message>
        <source>编辑学校</source>
        <translation>Edit School</translation>
    </message>
    <message>
        <source>新建学校</source>
        <translation>New School</translation>
    </message>
    <message>
        <source>学校名称 *</source>
        <translation>School name *</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>名称（如 南门）</source>
        <translation>Name (e.g. South Gate)</translation>
    </message>
    <message>
        <source>纬度</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>经度</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>添加校门</source>
        <translation>Add Gate</translation>
    </message>
    <message>
        <source>添加边界点</source>
        <translation>Add Boundary Point</translation>
    </message>
    <message>
        <source>删除所选</source>
        <translation>Delete Selected</translation>
    </message>
    <message>
        <source>新输入的坐标来自</source>
        <translation>New coordinates come from</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>边界点按围墙顺序填写（至少 3 个），构成校园边界；场所到学校的直线距离量至边界最近点（200 米规则）。未录入边界时按校门点估算。</source>
        <translation>Enter the boundary corners in order along the wall (at least 3) to make the campus boundary; the straight line from a site is measured to its nearest point (200 m rule). Without a boundary it is estimated from the gates.</translation>
    </message>
    <message>
        <source>校门</source>
        <translation>The gate</translation>
    </message>
    <message>
        <source>边界点</source>
        <translation>Boundary points</translation>
    </message>
    <message>
        <source>第 %1 个坐标点：%2</source>
        <translation>Point %1: %2</translation>
    </message>
    <message>
        <source>第 %1 个坐标点缺少纬度或经度</source>
        <translation>Point %1 has no latitude or longitude</translation>
    </message>
</context>
<context>
    <name>SchoolsTab</name>
    <message>
        <source>搜索学校名称、地址、网格或社区</source>
        <translation>Search school name, address, grid or community</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>校门</source>
        <translation>The gate</translation>
    </message>
    <message>
        <source>边界点</source>
        <translation>Boundary points</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>已归档</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>在册</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>ScorePanel</name>
    <message>
        <source>合格</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>扣分</source>
        <translation>Deduct</translation>
    </message>
    <message>
        <source>红线不合格 · 黑榜候选</source>
        <translation>Red-line failure · black-list candidate</translation>
    </message>
    <message>
        <source>暂无扣分（检查进行中）</source>
        <translation>No deductions yet (inspection in progress)</translation>
    </message>
    <message>
        <source>当前得分</source>
        <translation>Current score</translation>
    </message>
    <message>
        <source>已答 %v / %m</source>
        <translation>%v / %m answered</translation>
    </message>
    <message>
        <source>红线问题</source>
        <translation>Red-line problems</translation>
    </message>
    <message>
        <source>扣分明细</source>
        <translation>Deductions</translation>
    </message>
    <message>
        <source>得分率 {r:.1f}%</source>
        <translation>Score rate {r:.1f}%</translation>
    </message>
    <message>
        <source>暂无计分项</source>
        <translation>No scored items yet</translation>
    </message>
    <message>
        <source>扣分合计：{d:g} 分</source>
        <translation>Total deducted: {d:g} points</translation>
    </message>
    <message>
        <source>−{d:g}&#x3000;{name}</source>
        <translation>−{d:g}&#x3000;{name}</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>登记送达</source>
        <translation>Record service</translation>
    </message>
    <message>
        <source>整改通知书交给被检查单位后，填写实际送达的时间和送达人。保存后生成新版通知书，回证上写明送达时间（原版本保留）。</source>
        <translation>After handing the rectification notice to the party, enter the real time of service and who served it. Saving makes a new version of the notice whose receipt states the time (the earlier version is kept).</translation>
    </message>
    <message>
        <source>送达时间(&amp;T)</source>
        <translation>&amp;Time of service</translation>
    </message>
    <message>
        <source>送达人(&amp;S)</source>
        <translation>&amp;Served by</translation>
    </message>
    <message>
        <source>请填写送达人姓名。</source>
        <translation>Enter the name of the person who served the notice.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>如：某街道文明创建办公室</source>
        <translation>e.g. the sub-district civilized-city campaign office</translation>
    </message>
    <message>
        <source>执法证号或身份证号</source>
        <translation>Enforcement ID or identity card number</translation>
    </message>
    <message>
        <source>下次启动使用其他目录…</source>
        <translation>Use Another Folder Next Time…</translation>
    </message>
    <message>
        <source>留空：只使用内置模板</source>
        <translation>Empty: built-in templates only</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation>Office name</translation>
    </message>
    <message>
        <source>检查员姓名</source>
        <translation>Inspector name</translation>
    </message>
    <message>
        <source>检查员证件号</source>
        <translation>Inspector ID number</translation>
    </message>
    <message>
        <source>所属社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>所属网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>数据目录</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>本单位模板文件夹</source>
        <translation>Office templates folder</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>下次启动时使用：%1</source>
        <translation>Next start uses: %1</translation>
    </message>
    <message>
        <source>选择数据目录</source>
        <translation>Choose Data Folder</translation>
    </message>
    <message>
        <source>选择模板文件夹</source>
        <translation>Choose Templates Folder</translation>
    </message>
    <message>
        <source>未保存</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>SettingsExtras</name>
    <message>
        <source>留空：使用内置政策</source>
        <translation>Empty: built-in policy</translation>
    </message>
    <message>
        <source>留空：自动查找本机中文字体</source>
        <translation>Empty: find a Chinese font on this computer</translation>
    </message>
    <message>
        <source>本单位政策文件夹</source>
        <translation>Office policy folder</translation>
    </message>
    <message>
        <source>备份文件夹</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>PDF 中文字体</source>
        <translation>Chinese font for PDFs</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>文书语言</source>
        <translation>Document language</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>选择政策文件夹</source>
        <translation>Choose Policy Folder</translation>
    </message>
    <message>
        <source>选择备份文件夹</source>
        <translation>Choose Backup Folder</translation>
    </message>
    <message>
        <source>选择中文字体</source>
        <translation>Choose Chinese Font</translation>
    </message>
    <message>
        <source>TrueType 字体 (*.ttf *.ttc);;所有文件 (*)</source>
        <translation>TrueType fonts (*.ttf *.ttc);;All files (*)</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>签名板</source>
        <translation>Signature pad</translation>
    </message>
    <message>
        <source>请在此处签名</source>
        <translation>Please sign here</translation>
    </message>
</context>
<context>
    <name>SignerBox</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>如：店长、负责人</source>
        <translation>e.g. shop manager, person in charge</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>清除</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>撤销一笔</source>
        <translation>Undo Stroke</translation>
    </message>
</context>
<context>
    <name>SigningDialog</name>
    <message>
        <source>现场签名</source>
        <translation>Signatures on Site</translation>
    </message>
    <message>
        <source>检查人员（主办）</source>
        <translation>Inspector (lead)</translation>
    </message>
    <message>
        <source>检查人员（协办）</source>
        <translation>Inspector (second)</translation>
    </message>
    <message>
        <source>检查人员的姓名取自检查记录，不能改写。</source>
        <translation>The inspectors&apos; names come from the inspection record and cannot be changed.</translation>
    </message>
    <message>
        <source>被检查方代表</source>
        <translation>Party&apos;s representative</translation>
    </message>
    <message>
        <source>被检查方拒绝签名</source>
        <translation>The party refuses to sign</translation>
    </message>
    <message>
        <source>拒签记录</source>
        <translation>Refusal</translation>
    </message>
    <message>
        <source>拒签理由</source>
        <translation>Reason for refusal</translation>
    </message>
    <message>
        <source>见证人</source>
        <translation>Witness</translation>
    </message>
    <message>
        <source>保存签名</source>
        <translation>Save Signatures</translation>
    </message>
    <message>
        <source>已画的签名尚未保存。关闭后这些签名将丢失，确定放弃吗？</source>
        <translation>The signatures drawn have not been saved. Closing now loses them. Discard them?</translation>
    </message>
    <message>
        <source>放弃签名</source>
        <translation>Discard Signatures</translation>
    </message>
    <message>
        <source>继续签名</source>
        <translation>Keep Signing</translation>
    </message>
    <message>
        <source>（拒绝签名）</source>
        <translation>(refused to sign)</translation>
    </message>
    <message>
        <source>请在此处签名</source>
        <translation>Please sign here</translation>
    </message>
    <message>
        <source>主办检查人员须填写姓名并签名。</source>
        <translation>The lead inspector must give a name and sign.</translation>
    </message>
    <message>
        <source>协办检查人员的姓名未填写。</source>
        <translation>The second inspector&apos;s name is missing.</translation>
    </message>
    <message>
        <source>请填写被检查方的拒签理由。</source>
        <translation>Please enter why the party refuses to sign.</translation>
    </message>
    <message>
        <source>拒签时须有见证人姓名和签名。</source>
        <translation>A refusal needs a witness&apos;s name and signature.</translation>
    </message>
    <message>
        <source>被检查方代表须填写姓名并签名，或勾选“被检查方拒绝签名”。</source>
        <translation>The party&apos;s representative must give a name and sign, or tick “The party refuses to sign”.</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>%1“%2”不是数字</source>
        <translation>%1 “%2” is not a number</translation>
    </message>
    <message>
        <source>{kind}（{group}）</source>
        <translation>{kind} ({group})</translation>
    </message>
    <message>
        <source>编辑场所</source>
        <translation>Edit Site</translation>
    </message>
    <message>
        <source>新建场所</source>
        <translation>New Site</translation>
    </message>
    <message>
        <source>校验位有误仍保存（标记为未核验）</source>
        <translation>Save despite the wrong check character (marked unchecked)</translation>
    </message>
    <message>
        <source>纬度，如 25.7900</source>
        <translation>latitude, e.g. 25.7900</translation>
    </message>
    <message>
        <source>经度，如 113.0400</source>
        <translation>longitude, e.g. 113.0400</translation>
    </message>
    <message>
        <source>来自</source>
        <translation>from</translation>
    </message>
    <message>
        <source>名称 *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>类型 *</source>
        <translation>Kind *</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>坐标（纬度, 经度）</source>
        <translation>Coordinates (lat, lon)</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>证照种类</source>
        <translation>Licence type</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>有效期至（年-月-日）</source>
        <translation>Valid until (yyyy-mm-dd)</translation>
    </message>
    <message>
        <source>添加证照</source>
        <translation>Add Licence</translation>
    </message>
    <message>
        <source>删除所选证照</source>
        <translation>Delete Selected Licence</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>证照</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>已存为 WGS-84；来源：{source}。改动坐标时请选择其来自哪个地图。</source>
        <translation>Stored as WGS-84; source: {source}. When you change the coordinates, choose the map they came from.</translation>
    </message>
    <message>
        <source>已过期</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>纬度</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>经度</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>第 %1 个证照：%2</source>
        <translation>Licence %1: %2</translation>
    </message>
    <message>
        <source>%1。请核对；确属原样的，勾选“校验位有误仍保存”。</source>
        <translation>%1. Please check it; if it really reads so, tick &quot;Save despite the wrong check character&quot;.</translation>
    </message>
</context>
<context>
    <name>SiteHistory</name>
    <message>
        <source>巡查记录</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <source>新建巡查…</source>
        <translation>New Inspection…</translation>
    </message>
    <message>
        <source>复查未整改项目…</source>
        <translation>Re-inspect Open Items…</translation>
    </message>
    <message>
        <source>尚无巡查记录</source>
        <translation>No inspections yet</translation>
    </message>
    <message>
        <source>共 {n} 次巡查，最近一次 {when}</source>
        <translation>{n} inspections, the latest on {when}</translation>
    </message>
    <message>
        <source>复查未整改项目（{n} 项）…</source>
        <translation>Re-inspect Open Items ({n})…</translation>
    </message>
</context>
<context>
    <name>SitesTab</name>
    <message>
        <source>搜索名称、地址、网格、社区或负责人</source>
        <translation>Search name, address, grid, community or person in charge</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>证照</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>坐标</source>
        <translation>Coordinates</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>（%1 个过期）</source>
        <translation>(%1 expired)</translation>
    </message>
    <message>
        <source>已归档</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>在册</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>新建巡查</source>
        <translation>New Inspection</translation>
    </message>
    <message>
        <source>1. 场所(&amp;S)</source>
        <translation>1. &amp;Site</translation>
    </message>
    <message>
        <source>输入名称、地址或网格搜索（↓ 选择）</source>
        <translation>Type a name, address or grid to search (↓ to choose)</translation>
    </message>
    <message>
        <source>找不到？现场新建场所…</source>
        <translation>Not found? Create the site on the spot…</translation>
    </message>
    <message>
        <source>未选择场所</source>
        <translation>No site chosen</translation>
    </message>
    <message>
        <source>复查未整改项目(&amp;R)</source>
        <translation>&amp;Re-inspect open items</translation>
    </message>
    <message>
        <source>2. 检查表(&amp;T)（可多选，空格键勾选）</source>
        <translation>2. Checklis&amp;ts (several allowed; Space ticks)</translation>
    </message>
    <message>
        <source>3. 检查信息</source>
        <translation>3. Inspection details</translation>
    </message>
    <message>
        <source>主检查员(&amp;L)</source>
        <translation>&amp;Lead inspector</translation>
    </message>
    <message>
        <source>证件号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>协检员(&amp;C)</source>
        <translation>&amp;Co-inspector</translation>
    </message>
    <message>
        <source>检查时间</source>
        <translation>Inspected at</translation>
    </message>
    <message>
        <source>检查地点(&amp;D)</source>
        <translation>Place (&amp;D)</translation>
    </message>
    <message>
        <source>纬度, 经度（可粘贴，如 25.7912, 113.0321）</source>
        <translation>latitude, longitude (paste allowed, e.g. 25.7912, 113.0321)</translation>
    </message>
    <message>
        <source>来自</source>
        <translation>from</translation>
    </message>
    <message>
        <source>坐标(&amp;G)</source>
        <translation>Coordinates (&amp;G)</translation>
    </message>
    <message>
        <source>开始检查</source>
        <translation>Start Inspection</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>场所：&lt;b&gt;{name}&lt;/b&gt;（{kind}）{address}</source>
        <translation>Site: &lt;b&gt;{name}&lt;/b&gt; ({kind}) {address}</translation>
    </message>
    <message>
        <source>该场所有 {n} 项整改未完成：可只复查这些项目。</source>
        <translation>This site has {n} rectification items still open: you can re-inspect just those.</translation>
    </message>
    <message>
        <source>请填写主检查员姓名。</source>
        <translation>Please enter the lead inspector&apos;s name.</translation>
    </message>
    <message>
        <source>{title}（{n} 项）</source>
        <translation>{title} ({n} items)</translation>
    </message>
    <message>
        <source>适用于该类场所，已建议选中</source>
        <translation>Applies to this kind of site; ticked as a suggestion</translation>
    </message>
    <message>
        <source>请先选择或新建场所</source>
        <translation>Please choose or create a site first</translation>
    </message>
    <message>
        <source>请至少选择一张检查表</source>
        <translation>Please tick at least one checklist</translation>
    </message>
    <message>
        <source>请填写主检查员姓名</source>
        <translation>Please enter the lead inspector&apos;s name</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>开始使用</source>
        <translation>Getting Started</translation>
    </message>
    <message>
        <source>设置已保存。以后可在“设置”中修改。</source>
        <translation>Your settings are saved. You can change them later under Settings.</translation>
    </message>
    <message>
        <source>直接开始使用(&amp;S)</source>
        <translation>&amp;Start using it now</translation>
    </message>
    <message>
        <source>导入单位下发的配置包（场所登记、模板、文书编号）(&amp;U)</source>
        <translation>Import the office b&amp;undle (site register, templates, document numbers)</translation>
    </message>
    <message>
        <source>先看看演示数据（另开一个窗口，不影响您的数据）(&amp;D)</source>
        <translation>Look at the &amp;demo data first (in a separate window; your data is not touched)</translation>
    </message>
    <message>
        <source>选择配置包…</source>
        <translation>Choose Bundle…</translation>
    </message>
    <message>
        <source>选择配置包</source>
        <translation>Choose Office Bundle</translation>
    </message>
    <message>
        <source>所有文件 (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>核对办公室密钥</source>
        <translation>Check the Office Key</translation>
    </message>
    <message>
        <source>第一次导入“%1”的配置包。请与办公室核对密钥指纹：

%2

指纹一致吗？</source>
        <translation>This is the first bundle from “%1”. Check the key fingerprint with the office:

%2

Does the fingerprint match?</translation>
    </message>
    <message>
        <source>此版本不支持导入配置包。</source>
        <translation>This version cannot import office bundles.</translation>
    </message>
    <message>
        <source>已导入“%1”的配置包：新增 %2 条、更新 %3 条记录。</source>
        <translation>Imported the bundle from “%1”: %2 records added, %3 updated.</translation>
    </message>
</context>
<context>
    <name>StatsPage</name>
    <message>
        <source>季度 2026Q4 或月份 2026-10</source>
        <translation>Quarter 2026Q4 or month 2026-10</translation>
    </message>
    <message>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>导出 XLSX…</source>
        <translation>Export XLSX…</translation>
    </message>
    <message>
        <source>分类别</source>
        <translation>By category</translation>
    </message>
    <message>
        <source>分网格</source>
        <translation>By grid</translation>
    </message>
    <message>
        <source>分场所类型</source>
        <translation>By site kind</translation>
    </message>
    <message>
        <source>分检查员</source>
        <translation>By inspector</translation>
    </message>
    <message>
        <source>不合格最多的检查项</source>
        <translation>Most failed items</translation>
    </message>
    <message>
        <source>逾期问题分网格</source>
        <translation>Overdue problems by grid</translation>
    </message>
    <message>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>正在统计…</source>
        <translation>Computing the statistics…</translation>
    </message>
    <message>
        <source>%1：完成检查 %2 次（复查 %3 次），总得分率 %4；问题整改 %5</source>
        <translation>%1: %2 inspections finished (%3 re-inspections), overall score rate %4; problems rectified %5</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>检查次数</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <source>得分</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>应得分</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>得分率</source>
        <translation>Score rate</translation>
    </message>
    <message>
        <source>检查项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>检查表 / 编号</source>
        <translation>Checklist / code</translation>
    </message>
    <message>
        <source>不合格次数</source>
        <translation>Failures</translation>
    </message>
    <message>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>逾期问题数</source>
        <translation>Overdue problems</translation>
    </message>
    <message>
        <source>统计-%1</source>
        <translation>statistics-%1</translation>
    </message>
    <message>
        <source>导出统计</source>
        <translation>Export Statistics</translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>已导出：%1。%2</source>
        <translation>Exported: %1. %2</translation>
    </message>
</context>
<context>
    <name>SyncFields</name>
    <message>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>Done by</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>更正次数</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <source>作答时间</source>
        <translation>Answered at</translation>
    </message>
    <message>
        <source>已归档</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>分配给</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>编号段</source>
        <translation>Number block</translation>
    </message>
    <message>
        <source>说明文字</source>
        <translation>Caption</translation>
    </message>
    <message>
        <source>整改事项</source>
        <translation>Rectification case</translation>
    </message>
    <message>
        <source>修改原因</source>
        <translation>Reason for change</translation>
    </message>
    <message>
        <source>选项</source>
        <translation>Choice</translation>
    </message>
    <message>
        <source>办结时间</source>
        <translation>Closed at</translation>
    </message>
    <message>
        <source>办结说明</source>
        <translation>Closing note</translation>
    </message>
    <message>
        <source>办结照片</source>
        <translation>Closing photo</translation>
    </message>
    <message>
        <source>协办检查员证号</source>
        <translation>Second inspector&apos;s ID no.</translation>
    </message>
    <message>
        <source>协办检查员</source>
        <translation>Second inspector</translation>
    </message>
    <message>
        <source>社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>按坐标计算的距离（米）</source>
        <translation>Distance from coordinates (m)</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>内容校验值</source>
        <translation>Content checksum</translation>
    </message>
    <message>
        <source>坐标来源</source>
        <translation>Coordinate source</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>创建时间</source>
        <translation>Created at</translation>
    </message>
    <message>
        <source>创建设备</source>
        <translation>Created on device</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <source>信用代码未校验</source>
        <translation>Credit code not checked</translation>
    </message>
    <message>
        <source>整改期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>整改天数</source>
        <translation>Days to rectify</translation>
    </message>
    <message>
        <source>扣分</source>
        <translation>Deduction</translation>
    </message>
    <message>
        <source>扣分合计</source>
        <translation>Total deductions</translation>
    </message>
    <message>
        <source>设备</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>距离依据</source>
        <translation>Distance basis</translation>
    </message>
    <message>
        <source>距离限值（米）</source>
        <translation>Distance limit (m)</translation>
    </message>
    <message>
        <source>距离（米）</source>
        <translation>Distance (m)</translation>
    </message>
    <message>
        <source>测距方法</source>
        <translation>Distance method</translation>
    </message>
    <message>
        <source>距离提醒</source>
        <translation>Distance warning</translation>
    </message>
    <message>
        <source>终点</source>
        <translation>End point</translation>
    </message>
    <message>
        <source>记录类型</source>
        <translation>Record type</translation>
    </message>
    <message>
        <source>记录编号</source>
        <translation>Record ID</translation>
    </message>
    <message>
        <source>移交时间</source>
        <translation>Referred at</translation>
    </message>
    <message>
        <source>移交说明</source>
        <translation>Referral note</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>文件名</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>发现情况</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>完成时间</source>
        <translation>Finished at</translation>
    </message>
    <message>
        <source>起始号</source>
        <translation>First number</translation>
    </message>
    <message>
        <source>发现日期</source>
        <translation>Found on</translation>
    </message>
    <message>
        <source>生成时间</source>
        <translation>Generated at</translation>
    </message>
    <message>
        <source>定位精度（米）</source>
        <translation>GPS accuracy (m)</translation>
    </message>
    <message>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>高度</source>
        <translation>Height</translation>
    </message>
    <message>
        <source>输入校验值</source>
        <translation>Input checksum</translation>
    </message>
    <message>
        <source>所属检查</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>发号时间</source>
        <translation>Issued at</translation>
    </message>
    <message>
        <source>检查项编号</source>
        <translation>Item code</translation>
    </message>
    <message>
        <source>检查项内容</source>
        <translation>Item text</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>点位名称</source>
        <translation>Point name</translation>
    </message>
    <message>
        <source>截止号</source>
        <translation>Last number</translation>
    </message>
    <message>
        <source>纬度</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>主办检查员证号</source>
        <translation>Lead inspector&apos;s ID no.</translation>
    </message>
    <message>
        <source>主办检查员</source>
        <translation>Lead inspector</translation>
    </message>
    <message>
        <source>检查地点</source>
        <translation>Place of inspection</translation>
    </message>
    <message>
        <source>经度</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>满分</source>
        <translation>Maximum score</translation>
    </message>
    <message>
        <source>测量时间</source>
        <translation>Measured at</translation>
    </message>
    <message>
        <source>测量人</source>
        <translation>Measured by</translation>
    </message>
    <message>
        <source>测量值</source>
        <translation>Measurement</translation>
    </message>
    <message>
        <source>所属测量</source>
        <translation>Measurement</translation>
    </message>
    <message>
        <source>已采取的措施</source>
        <translation>Measures taken</translation>
    </message>
    <message>
        <source>方法</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>最近的学校</source>
        <translation>Nearest school</translation>
    </message>
    <message>
        <source>新值</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>通知书编号</source>
        <translation>Notice number</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>原值</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>保留原图</source>
        <translation>Original kept</translation>
    </message>
    <message>
        <source>原文件名</source>
        <translation>Original file name</translation>
    </message>
    <message>
        <source>原图校验值</source>
        <translation>Original checksum</translation>
    </message>
    <message>
        <source>结论</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>页数</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>原检查</source>
        <translation>Original inspection</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>签名图校验值</source>
        <translation>Signature image checksum</translation>
    </message>
    <message>
        <source>顺序</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>编号前缀</source>
        <translation>Number prefix</translation>
    </message>
    <message>
        <source>用途</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>复查日期</source>
        <translation>Re-inspection date</translation>
    </message>
    <message>
        <source>触及红线</source>
        <translation>Red line breached</translation>
    </message>
    <message>
        <source>拒签原因</source>
        <translation>Reason for refusal</translation>
    </message>
    <message>
        <source>拒签</source>
        <translation>Refused to sign</translation>
    </message>
    <message>
        <source>复查</source>
        <translation>Re-inspection</translation>
    </message>
    <message>
        <source>重复出现</source>
        <translation>Repeated</translation>
    </message>
    <message>
        <source>替代的文书</source>
        <translation>Replaces document</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>身份</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>身份说明</source>
        <translation>Role as written</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>学校坐标来源</source>
        <translation>School coordinate source</translation>
    </message>
    <message>
        <source>学校</source>
        <translation>School</translation>
    </message>
    <message>
        <source>学校名称</source>
        <translation>School name</translation>
    </message>
    <message>
        <source>得分</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>Sequence</translation>
    </message>
    <message>
        <source>送达时间</source>
        <translation>Served at</translation>
    </message>
    <message>
        <source>送达人</source>
        <translation>Served by</translation>
    </message>
    <message>
        <source>严重程度</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>文件校验值</source>
        <translation>File checksum</translation>
    </message>
    <message>
        <source>已签章</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>签名时间</source>
        <translation>Signed at</translation>
    </message>
    <message>
        <source>签章人</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>场所</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>场所类型</source>
        <translation>Site type</translation>
    </message>
    <message>
        <source>场所名称</source>
        <translation>Site name</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>起点</source>
        <translation>Start point</translation>
    </message>
    <message>
        <source>开始时间</source>
        <translation>Started at</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>存储文件校验值</source>
        <translation>Stored file checksum</translation>
    </message>
    <message>
        <source>拍摄时间</source>
        <translation>Taken at</translation>
    </message>
    <message>
        <source>检查表</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>检查表版本</source>
        <translation>Checklist version</translation>
    </message>
    <message>
        <source>文字</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>工具</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>修改时间</source>
        <translation>Changed at</translation>
    </message>
    <message>
        <source>有效期至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>宽度</source>
        <translation>Width</translation>
    </message>
    <message>
        <source>见证人</source>
        <translation>Witness</translation>
    </message>
    <message>
        <source>其他字段</source>
        <translation>Other field</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>合格</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>不合格</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>不适用</source>
        <translation>N/A</translation>
    </message>
</context>
<context>
    <name>SyncFolderButtons</name>
    <message>
        <source>打开收件文件夹</source>
        <translation>Open Inbox Folder</translation>
    </message>
    <message>
        <source>打开拒收文件夹</source>
        <translation>Open Refused Folder</translation>
    </message>
    <message>
        <source>被拒收的数据包和拒收原因</source>
        <translation>Refused packages and the reasons they were refused</translation>
    </message>
    <message>
        <source>打开文件夹</source>
        <translation>Open Folder</translation>
    </message>
    <message>
        <source>无法打开文件管理器。文件夹：%1</source>
        <translation>Could not open the file manager. Folder: %1</translation>
    </message>
</context>
<context>
    <name>SyncJob</name>
    <message>
        <source>操作失败：%1</source>
        <translation>Failed: %1</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>场所</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>证照</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>学校</source>
        <translation>Schools</translation>
    </message>
    <message>
        <source>学校点位</source>
        <translation>School points</translation>
    </message>
    <message>
        <source>检查</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <source>检查表</source>
        <translation>Checklists</translation>
    </message>
    <message>
        <source>检查项</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>照片</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>手写签名</source>
        <translation>Handwritten signatures</translation>
    </message>
    <message>
        <source>文书</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>文书编号</source>
        <translation>Document numbers</translation>
    </message>
    <message>
        <source>整改</source>
        <translation>Rectification cases</translation>
    </message>
    <message>
        <source>复查带入的整改</source>
        <translation>Cases carried into re-checks</translation>
    </message>
    <message>
        <source>修改记录</source>
        <translation>Change log</translation>
    </message>
    <message>
        <source>编号段</source>
        <translation>Number blocks</translation>
    </message>
    <message>
        <source>更正</source>
        <translation>Amendments</translation>
    </message>
    <message>
        <source>距离测量</source>
        <translation>Distance measurements</translation>
    </message>
    <message>
        <source>送达记录</source>
        <translation>Notices served</translation>
    </message>
    <message>
        <source>已导入</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>重复</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>拒收</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>其他记录</source>
        <translation>Other records</translation>
    </message>
    <message>
        <source>交给办公室</source>
        <translation>Send to the Office</translation>
    </message>
    <message>
        <source>导出数据包…</source>
        <translation>Export Package…</translation>
    </message>
    <message>
        <source>导入办公室配置包…</source>
        <translation>Import Office Bundle…</translation>
    </message>
    <message>
        <source>导出设备信息…</source>
        <translation>Export Device Card…</translation>
    </message>
    <message>
        <source>交给办公室登记本机（设备编号和公钥）</source>
        <translation>Give the office this computer&apos;s device number and public key to register it</translation>
    </message>
    <message>
        <source>设为办公室…</source>
        <translation>Make This the Office…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>办公室：收件导入</source>
        <translation>Office: Inbox Import</translation>
    </message>
    <message>
        <source>登记设备…</source>
        <translation>Register Device…</translation>
    </message>
    <message>
        <source>生成配置包…</source>
        <translation>Make Office Bundle…</translation>
    </message>
    <message>
        <source>收件文件夹：</source>
        <translation>Inbox folder:</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>导入新数据包</source>
        <translation>Import New Packages</translation>
    </message>
    <message>
        <source>导入日志</source>
        <translation>Import log</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>数据包</source>
        <translation>Package</translation>
    </message>
    <message>
        <source>设备</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>待处理的冲突</source>
        <translation>Open conflicts</translation>
    </message>
    <message>
        <source>处理…</source>
        <translation>Resolve…</translation>
    </message>
    <message>
        <source>数据</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>尚未导出：</source>
        <translation>Not yet exported: </translation>
    </message>
    <message>
        <source>没有尚未导出的更改。</source>
        <translation>No changes waiting for export.</translation>
    </message>
    <message>
        <source>，办公室已确认收到</source>
        <translation>, receipt confirmed by the office</translation>
    </message>
    <message>
        <source>上次导出：%1（第 %2 号）</source>
        <translation>Last export: %1 (no. %2)</translation>
    </message>
    <message>
        <source>还没有导出过。</source>
        <translation>Nothing exported yet.</translation>
    </message>
    <message>
        <source>信任的办公室：%1（指纹 %2）</source>
        <translation>Trusted office: %1 (fingerprint %2)</translation>
    </message>
    <message>
        <source>尚未导入办公室配置包：数据包将不加密。</source>
        <translation>No office bundle imported yet: packages will not be encrypted.</translation>
    </message>
    <message>
        <source>%1 · 密钥指纹 %2 · 已登记设备 %3 台</source>
        <translation>%1 · key fingerprint %2 · %3 devices registered</translation>
    </message>
    <message>
        <source>两处同时修改</source>
        <translation>Changed on both sides</translation>
    </message>
    <message>
        <source>已完成的检查</source>
        <translation>Finished inspection</translation>
    </message>
    <message>
        <source>另一台设备的记录</source>
        <translation>Another device&apos;s record</translation>
    </message>
    <message>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>选择导出到的文件夹（如 U 盘）</source>
        <translation>Choose the Folder to Export To (e.g. a USB stick)</translation>
    </message>
    <message>
        <source>已加密</source>
        <translation>encrypted</translation>
    </message>
    <message>
        <source>未加密</source>
        <translation>not encrypted</translation>
    </message>
    <message>
        <source>已导出 %1：记录 %2 条，文件 %3 个，%4。</source>
        <translation>Exported %1: %2 records, %3 files, %4.</translation>
    </message>
    <message>
        <source> 有 %1 个文件找不到，未包含。</source>
        <translation> %1 files were missing and are not included.</translation>
    </message>
    <message>
        <source>选择办公室配置包</source>
        <translation>Choose Office Bundle</translation>
    </message>
    <message>
        <source>配置包 (*.inspbundle)</source>
        <translation>Office bundles (*.inspbundle)</translation>
    </message>
    <message>
        <source>办公室配置包</source>
        <translation>Office Bundle</translation>
    </message>
    <message>
        <source>已安装办公室“%1”的第 %2 号配置包。</source>
        <translation>Installed bundle no. %2 from the office “%1”.</translation>
    </message>
    <message>
        <source>首次导入办公室“%1”的配置包。

请与办公室核对密钥指纹：
%2

指纹一致吗？</source>
        <translation>This is the first bundle from the office “%1”.

Check the key fingerprint with the office:
%2

Does the fingerprint match?</translation>
    </message>
    <message>
        <source>确认办公室密钥</source>
        <translation>Confirm the Office Key</translation>
    </message>
    <message>
        <source>保存设备信息</source>
        <translation>Save Device Card</translation>
    </message>
    <message>
        <source>设备信息 (*.json)</source>
        <translation>Device cards (*.json)</translation>
    </message>
    <message>
        <source>已写出设备信息 %1，公钥指纹 %2。</source>
        <translation>Device card written to %1; public key fingerprint %2.</translation>
    </message>
    <message>
        <source>设为办公室</source>
        <translation>Make This the Office</translation>
    </message>
    <message>
        <source>本机将作为办公室接收外勤设备的数据包。办公室名称：</source>
        <translation>This computer will receive the field devices&apos; packages as the office. Office name:</translation>
    </message>
    <message>
        <source>本机已是办公室“%1”，密钥指纹 %2。</source>
        <translation>This computer is now the office “%1”; key fingerprint %2.</translation>
    </message>
    <message>
        <source>选择设备信息文件</source>
        <translation>Choose Device Card</translation>
    </message>
    <message>
        <source>登记设备</source>
        <translation>Register Device</translation>
    </message>
    <message>
        <source>已登记设备 %1，指纹 %2。</source>
        <translation>Registered device %1, fingerprint %2.</translation>
    </message>
    <message>
        <source>保存办公室配置包</source>
        <translation>Save Office Bundle</translation>
    </message>
    <message>
        <source>已写出配置包 %1。</source>
        <translation>Office bundle written to %1.</translation>
    </message>
    <message>
        <source>选择收件文件夹</source>
        <translation>Choose Inbox Folder</translation>
    </message>
    <message>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>导入已取消，数据库未作任何更改。</source>
        <translation>Import cancelled; the database was not changed.</translation>
    </message>
    <message>
        <source>没有新的数据包。</source>
        <translation>No new packages.</translation>
    </message>
    <message>
        <source>导入完成：</source>
        <translation>Import finished: </translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>合格/不合格</source>
        <translation>Pass/fail</translation>
    </message>
    <message>
        <source>计数</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>测量</source>
        <translation>Measurement</translation>
    </message>
    <message>
        <source>文字</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>选择</source>
        <translation>Choice</translation>
    </message>
    <message>
        <source>红线</source>
        <translation>Red line</translation>
    </message>
    <message>
        <source>扣分</source>
        <translation>Deduct</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Advisory</translation>
    </message>
    <message>
        <source>全部场所类型</source>
        <translation>All site kinds</translation>
    </message>
    <message>
        <source>检查表</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>检查内容</source>
        <translation>What is checked</translation>
    </message>
    <message>
        <source>答案类型</source>
        <translation>Answer kind</translation>
    </message>
    <message>
        <source>严重程度</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>分值</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>单位/判定</source>
        <translation>Unit / rule</translation>
    </message>
    <message>
        <source>不合格拍照</source>
        <translation>Photo on failure</translation>
    </message>
    <message>
        <source>适用场所</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <source>指引</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <source>选择一个检查项查看完整指引。</source>
        <translation>Choose an item to see its full guidance.</translation>
    </message>
    <message>
        <source>按场所类型筛选：</source>
        <translation>Filter by site kind:</translation>
    </message>
    <message>
        <source>从工作簿导入…</source>
        <translation>Import from workbook…</translation>
    </message>
    <message>
        <source>XLSForm 格式的 Excel 工作簿：survey、choices、settings 三张表</source>
        <translation>An Excel workbook in the XLSForm layout: survey, choices and settings sheets</translation>
    </message>
    <message>
        <source>导出为工作簿…</source>
        <translation>Export as workbook…</translation>
    </message>
    <message>
        <source>检查表模板</source>
        <translation>Checklist templates</translation>
    </message>
    <message>
        <source>以下本单位模板有问题，未被采用：</source>
        <translation>These office templates have problems and are not used:</translation>
    </message>
    <message>
        <source>本单位模板：{file}</source>
        <translation>Office template: {file}</translation>
    </message>
    <message>
        <source>内置模板：{file}</source>
        <translation>Built-in template: {file}</translation>
    </message>
    <message>
        <source>没有可显示的检查表。</source>
        <translation>No checklists to show.</translation>
    </message>
    <message>
        <source>全部场所</source>
        <translation>All sites</translation>
    </message>
    <message>
        <source>本单位模板</source>
        <translation>Office template</translation>
    </message>
    <message>
        <source>内置模板</source>
        <translation>Built-in template</translation>
    </message>
    <message>
        <source>适用场所：{kinds}</source>
        <translation>Applies to: {kinds}</translation>
    </message>
    <message>
        <source>共 {sections} 节、{items} 项&#x3000;内容指纹 {hash}</source>
        <translation>{sections} sections, {items} items&#x3000;content hash {hash}</translation>
    </message>
    <message>
        <source>此项不适用于所选场所类型</source>
        <translation>This item does not apply to the chosen site kind</translation>
    </message>
    <message>
        <source>同检查表</source>
        <translation>As the checklist</translation>
    </message>
    <message>
        <source>（选填）</source>
        <translation>(optional)</translation>
    </message>
    <message>
        <source>需要</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>每个扣 {p} 分</source>
        <translation>{p} pt each</translation>
    </message>
    <message>
        <source>，最多 {m} 分</source>
        <translation>, at most {m} pt</translation>
    </message>
    <message>
        <source>{p} 分</source>
        <translation>{p} pt</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>（距学校）</source>
        <translation>(to a school)</translation>
    </message>
    <message>
        <source>少于 {n} 不合格</source>
        <translation>fails below {n}</translation>
    </message>
    <message>
        <source>有即不合格</source>
        <translation>fails if any</translation>
    </message>
    <message>
        <source>多于 {n} 不合格</source>
        <translation>fails above {n}</translation>
    </message>
    <message>
        <source>指引：</source>
        <translation>Guidance:</translation>
    </message>
    <message>
        <source>整改期限：{n} 天</source>
        <translation>Rectify within {n} days</translation>
    </message>
    <message>
        <source>选择 XLSForm 工作簿</source>
        <translation>Choose an XLSForm workbook</translation>
    </message>
    <message>
        <source>导出为工作簿</source>
        <translation>Export as workbook</translation>
    </message>
    <message>
        <source>未能导出</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>TextWidget</name>
    <message>
        <source>在此填写情况说明</source>
        <translation>Describe what was found here</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>验证 PDF 签名</source>
        <translation>Verify PDF Signature</translation>
    </message>
    <message>
        <source>选择要验证的 PDF 文件</source>
        <translation>Choose the PDF file to verify</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>Choose File…</translation>
    </message>
    <message>
        <source>验证</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>选择 PDF</source>
        <translation>Choose PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>文件不存在：%1</source>
        <translation>File not found: %1</translation>
    </message>
</context>
<context>
    <name>WalkWindow</name>
    <message>
        <source>合格</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>不合格</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>不适用</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>已填</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>未答</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <source>复查：{site}</source>
        <translation>Re-inspection: {site}</translation>
    </message>
    <message>
        <source>巡查：{site}</source>
        <translation>Inspection: {site}</translation>
    </message>
    <message>
        <source>检查信息…</source>
        <translation>Inspection Details…</translation>
    </message>
    <message>
        <source>显示全部 (Ctrl+L)</source>
        <translation>Show All (Ctrl+L)</translation>
    </message>
    <message>
        <source>跳转 (Ctrl+F)</source>
        <translation>Go To (Ctrl+F)</translation>
    </message>
    <message>
        <source>更正当前项(&amp;A)…</source>
        <translation>&amp;Amend This Item…</translation>
    </message>
    <message>
        <source>完成检查 (Ctrl+Enter)</source>
        <translation>Finish (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>◀ 上一项</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>下一项 ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>&lt;b style=&apos;font-size:15pt&apos;&gt;{site}&lt;/b&gt;（{kind}）&#x3000;检查人：{people}&#x3000;{when}&lt;br&gt;{loc}</source>
        <translation>&lt;b style=&apos;font-size:15pt&apos;&gt;{site}&lt;/b&gt; ({kind})&#x3000;Inspectors: {people}&#x3000;{when}&lt;br&gt;{loc}</translation>
    </message>
    <message>
        <source>照片已保存</source>
        <translation>Photo saved</translation>
    </message>
    <message>
        <source>照片已删除</source>
        <translation>Photo removed</translation>
    </message>
    <message>
        <source>此检查已于 {when} 完成并锁定，只能查看。</source>
        <translation>This inspection was finished and locked on {when}; it can only be viewed.</translation>
    </message>
    <message>
        <source>已是最后一项。按 Ctrl+Enter 完成检查。</source>
        <translation>This is the last item. Press Ctrl+Enter to finish.</translation>
    </message>
    <message>
        <source>逐项显示 (Ctrl+L)</source>
        <translation>One Item at a Time (Ctrl+L)</translation>
    </message>
    <message>
        <source>已保存 {code}</source>
        <translation>Saved {code}</translation>
    </message>
    <message>
        <source>备注已保存</source>
        <translation>Note saved</translation>
    </message>
    <message>
        <source>测量已保存</source>
        <translation>Measurement saved</translation>
    </message>
    <message>
        <source>测量已删除</source>
        <translation>Measurement deleted</translation>
    </message>
    <message>
        <source>距最近学校 {m:.1f} 米（直线，按坐标）</source>
        <translation>{m:.1f} m to the nearest school (straight line, from coordinates)</translation>
    </message>
    <message>
        <source>未能保存</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>复查已完成并锁定，整改事项已更新</source>
        <translation>Re-inspection finished and locked; rectification cases updated</translation>
    </message>
    <message>
        <source>检查已完成并锁定</source>
        <translation>Inspection finished and locked</translation>
    </message>
    <message>
        <source>此检查没有检查项。</source>
        <translation>This inspection has no checklist items.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{tpl} · {section}&lt;/b&gt;&#x3000;本节第 {pos}/{n} 项（已答 {done}）&#x3000;全部第 {i}/{total} 项</source>
        <translation>&lt;b&gt;{tpl} · {section}&lt;/b&gt;&#x3000;item {pos}/{n} of this section ({done} answered)&#x3000;item {i}/{total} overall</translation>
    </message>
    <message>
        <source>更正已保存</source>
        <translation>Amendment saved</translation>
    </message>
    <message>
        <source>检查信息已保存</source>
        <translation>Inspection details saved</translation>
    </message>
    <message>
        <source>复查</source>
        <translation>Re-inspection</translation>
    </message>
    <message>
        <source>有内容未保存</source>
        <translation>Something is not saved</translation>
    </message>
    <message>
        <source>有填写的内容没能保存：
{why}

关闭窗口会丢失这些内容。仍然关闭吗？</source>
        <translation>Some of what you entered could not be saved:
{why}

Closing the window loses it. Close anyway?</translation>
    </message>
</context>
<context>
    <name>WorkbookImportDialog</name>
    <message>
        <source>从工作簿导入检查表：{name}</source>
        <translation>Import a checklist from a workbook: {name}</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>检查内容</source>
        <translation>What is checked</translation>
    </message>
    <message>
        <source>答案类型</source>
        <translation>Answer kind</translation>
    </message>
    <message>
        <source>条件与约束</source>
        <translation>Conditions and constraints</translation>
    </message>
    <message>
        <source>导入到本单位模板文件夹</source>
        <translation>Import into the office template folder</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>有效：{title}（{id} 第 {version} 版，{sections} 节，{items} 项）。</source>
        <translation>Valid: {title} ({id} version {version}, {sections} sections, {items} items).</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>尚未设置本单位模板文件夹：请先在“设置”中选择，再导入。</source>
        <translation>No office template folder is set: choose one in Settings first, then import.</translation>
    </message>
    <message>
        <source>（逐个填写）</source>
        <translation>(one by one)</translation>
    </message>
    <message>
        <source>工作簿有 {n} 个问题，未导入任何内容。请按“工作表，行，列”改正后再试：</source>
        <translation>The workbook has {n} problems; nothing was imported. Correct them by sheet, row and column, then try again:</translation>
    </message>
    <message>
        <source>未能导入</source>
        <translation>Import failed</translation>
    </message>
</context>
<context>
    <name>_NumberWidget</name>
    <message>
        <source>输入数字</source>
        <translation>Enter a number</translation>
    </message>
</context>
<context>
    <name>_OutcomeButtons</name>
    <message>
        <source>合格</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>不合格</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>不适用</source>
        <translation>N/A</translation>
    </message>
</context>
<context>
    <name>_Thumb</name>
    <message>
        <source>删除此照片</source>
        <translation>Remove This Photo</translation>
    </message>
</context>
<context>
    <name>_Watcher</name>
    <message>
        <source>只能填 {lo} 到 {hi}：输入的“{digit}”未被接受，请核对。</source>
        <translation>Only {lo} to {hi} allowed: the “{digit}” typed was not taken; please check.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>无法启动</source>
        <translation>Cannot start</translation>
    </message>
    <message>
        <source>数据库已损坏</source>
        <translation>Database damaged</translation>
    </message>
    <message>
        <source>恢复备份 %1？损坏的数据库会另存在数据目录中，不会删除。</source>
        <translation>Restore backup %1? The damaged database is kept in the data folder, not deleted.</translation>
    </message>
    <message>
        <source>恢复这份备份</source>
        <translation>Restore this backup</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>恢复失败</source>
        <translation>Restore failed</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>跟随系统</source>
        <translation>Follow system</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <source>当前数据库不是 SQLite 文件（如 PostgreSQL），请用数据库自身的工具备份。</source>
        <translation>The current database is not an SQLite file (e.g. PostgreSQL): back it up with the database&apos;s own tools.</translation>
    </message>
    <message>
        <source>无法写入备份到 {}：{}</source>
        <translation>Cannot write the backup to {}: {}</translation>
    </message>
    <message>
        <source>备份文件 {} 不存在。</source>
        <translation>The backup file {} does not exist.</translation>
    </message>
    <message>
        <source>{} 不是可用的数据库文件：{}</source>
        <translation>{} is not a usable database file: {}</translation>
    </message>
    <message>
        <source>备份 {} 已损坏（完整性检查：{}），未恢复。</source>
        <translation>The backup {} is damaged (integrity check: {}); nothing was restored.</translation>
    </message>
    <message>
        <source>{} 不是本程序的数据库备份，未恢复。</source>
        <translation>{} is not a database backup of this program; nothing was restored.</translation>
    </message>
    <message>
        <source>数据库已损坏（完整性检查：{}），没有备份，以免损坏的副本取代完好的备份。</source>
        <translation>The database is damaged (integrity check: {}); no backup was made, so that a damaged copy cannot replace a good backup.</translation>
    </message>
    <message>
        <source>无法另存当前数据库，未恢复：{}</source>
        <translation>Could not keep the current database aside; nothing was restored: {}</translation>
    </message>
    <message>
        <source>恢复失败，已保留原数据库：{}</source>
        <translation>Restore failed; the original database was kept: {}</translation>
    </message>
    <message>
        <source>{} 第 {} 行：{}</source>
        <translation>{} line {}: {}</translation>
    </message>
    <message>
        <source>不是 .yaml 模板文件</source>
        <translation>not a .yaml template file</translation>
    </message>
    <message>
        <source>YAML 格式错误（{}）</source>
        <translation>YAML syntax error ({})</translation>
    </message>
    <message>
        <source>文件的顶层应为键值表（键: 值）</source>
        <translation>the top level of the file should be a mapping (key: value)</translation>
    </message>
    <message>
        <source>deadline_days 应为 严重程度: 天数 的键值表</source>
        <translation>deadline_days should map severity: days</translation>
    </message>
    <message>
        <source>未知的严重程度 {!r}</source>
        <translation>unknown severity {!r}</translation>
    </message>
    <message>
        <source>整改期限应为非负整数（天数），实为 {!r}</source>
        <translation>the rectification deadline should be a whole number of days, not negative; found {!r}</translation>
    </message>
    <message>
        <source>内容的结构不对（{}）</source>
        <translation>the content has the wrong structure ({})</translation>
    </message>
    <message>
        <source>找不到这次检查。</source>
        <translation>This inspection cannot be found.</translation>
    </message>
    <message>
        <source>检查尚未完成，不能据此立案整改。</source>
        <translation>The inspection is not finished yet, so no rectification case can be opened from it.</translation>
    </message>
    <message>
        <source>找不到这条整改事项。</source>
        <translation>This rectification case cannot be found.</translation>
    </message>
    <message>
        <source>这条整改事项已经办结，不能再修改。</source>
        <translation>This rectification case is closed and can no longer be changed.</translation>
    </message>
    <message>
        <source>请写明当场整改的情况。</source>
        <translation>Please describe how the problem was corrected on the spot.</translation>
    </message>
    <message>
        <source>找不到照片文件 {}。</source>
        <translation>Photo file {} cannot be found.</translation>
    </message>
    <message>
        <source>整改期限不能早于发现问题的日期。</source>
        <translation>The deadline cannot be earlier than the date the problem was found.</translation>
    </message>
    <message>
        <source>请写明移交执法的理由或接收部门。</source>
        <translation>Please give the reason for the referral or the receiving department.</translation>
    </message>
    <message>
        <source>无法创建数据目录 {}：{}</source>
        <translation>Cannot create the data folder {}: {}</translation>
    </message>
    <message>
        <source>无法锁定数据目录 {}：{}</source>
        <translation>Could not lock the data folder {}: {}</translation>
    </message>
    <message>
        <source>数据库 {} 已损坏（完整性检查：{}），程序没有打开它，也没有改动它。没有找到完好的备份：请保留数据目录 {}，交技术人员处理。</source>
        <translation>The database {} is damaged (integrity check: {}); it was neither opened nor changed. No intact backup was found: keep the data folder {} and hand it to technical support.</translation>
    </message>
    <message>
        <source>数据库 {} 已损坏（完整性检查：{}），程序没有打开它，也没有改动它。最近一份完好的备份是 {}（{}）。恢复它（损坏的数据库会另存一份）：inspector --data-dir &quot;{}&quot; db restore &quot;{}&quot;</source>
        <translation>The database {} is damaged (integrity check: {}); it was neither opened nor changed. The newest intact backup is {} ({}). To restore it (the damaged database is kept aside): inspector --data-dir &quot;{}&quot; db restore &quot;{}&quot;</translation>
    </message>
    <message>
        <source>目录 {} 已有数据库：演示数据只能生成到新的或空的目录中。</source>
        <translation>The folder {} already holds a database: demo data can only be created in a new or empty folder.</translation>
    </message>
    <message>
        <source>编号前缀不能为空。</source>
        <translation>The number prefix must not be empty.</translation>
    </message>
    <message>
        <source>编号范围 {}–{} 无效：起始号应不小于 1，且不大于结束号。</source>
        <translation>The number range {}–{} is not valid: the first number must be at least 1 and not greater than the last.</translation>
    </message>
    <message>
        <source>编号段 {}{}–{} 已用完，请向创建办申请新的编号段，并在设置中填写。</source>
        <translation>The number block {}{}–{} is used up. Ask the office for a new block and enter it in the settings.</translation>
    </message>
    <message>
        <source>文书编号分配冲突，请重试。</source>
        <translation>Two documents were given the same number at once; please try again.</translation>
    </message>
    <message>
        <source>合格</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>扣分</source>
        <translation>Deducted</translation>
    </message>
    <message>
        <source>不合格（红线问题，列入黑榜候选）</source>
        <translation>Fail (red-line problem, black list candidate)</translation>
    </message>
    <message>
        <source>找不到检查记录 {}。</source>
        <translation>Inspection record {} cannot be found.</translation>
    </message>
    <message>
        <source>检查记录 {} 的场所已不存在。</source>
        <translation>The site of inspection record {} no longer exists.</translation>
    </message>
    <message>
        <source>检查表 {} 的存档内容无法读取：{}</source>
        <translation>The stored copy of checklist {} cannot be read: {}</translation>
    </message>
    <message>
        <source>现场检查记录</source>
        <translation>On-site Inspection Record</translation>
    </message>
    <message>
        <source>限期整改通知书</source>
        <translation>Rectification Notice</translation>
    </message>
    <message>
        <source>只有被检查方可以记录“拒绝签名”。</source>
        <translation>Only the inspected party can be recorded as refusing to sign.</translation>
    </message>
    <message>
        <source>被检查方拒绝签名时，须填写拒签理由和见证人姓名。</source>
        <translation>When the inspected party refuses to sign, enter the reason and the witness&apos;s name.</translation>
    </message>
    <message>
        <source>签名为空：请在签名板上签名。</source>
        <translation>The signature is empty: please sign on the signature pad.</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>这次检查没有不合格项，无需开具限期整改通知书。</source>
        <translation>This inspection has no failed items, so no rectification notice is needed.</translation>
    </message>
    <message>
        <source>检查尚未完成，不能签发文书：请先完成检查（预览不受此限）。</source>
        <translation>The inspection is not finished, so no document can be issued: finish the inspection first (previews are still possible).</translation>
    </message>
    <message>
        <source>是</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>no</translation>
    </message>
    <message>
        <source>签名完整（未被改动）：{}</source>
        <translation>Signature intact (not altered): {}</translation>
    </message>
    <message>
        <source>签名覆盖整个文件：{}</source>
        <translation>Signature covers the whole file: {}</translation>
    </message>
    <message>
        <source>签名人：{}</source>
        <translation>Signed by: {}</translation>
    </message>
    <message>
        <source>签名时间：{}</source>
        <translation>Signed at: {}</translation>
    </message>
    <message>
        <source>文书：{} 编号 {}</source>
        <translation>Document: {} no. {}</translation>
    </message>
    <message>
        <source>记录标识：{}</source>
        <translation>Record ID: {}</translation>
    </message>
    <message>
        <source>内容摘要（PDF 内）：{}</source>
        <translation>Content digest (in the PDF): {}</translation>
    </message>
    <message>
        <source>与数据库中的记录一致</source>
        <translation>matches the record in the database</translation>
    </message>
    <message>
        <source>与数据库不一致（数据库中为 {}）</source>
        <translation>does not match the database (the database has {})</translation>
    </message>
    <message>
        <source>本数据库中没有这条记录，未比对</source>
        <translation>this record is not in this database; not compared</translation>
    </message>
    <message>
        <source>记录摘要：{}</source>
        <translation>Record digest: {}</translation>
    </message>
    <message>
        <source>备份数据库</source>
        <translation>back up the database</translation>
    </message>
    <message>
        <source>打开数据目录</source>
        <translation>open the data folder</translation>
    </message>
    <message>
        <source>编号段 {}{}–{} 与已有的编号段 {}{}–{}（{}）重叠，同一编号会被用两次。请使用创建办分配的编号段。</source>
        <translation>The number block {}{}–{} overlaps the existing block {}{}–{} ({}): a number would be used twice. Use the block the office assigned.</translation>
    </message>
    <message>
        <source>文书编号 {} 已经用过（{}），同一编号不能用两次。请向创建办申请新的编号段。</source>
        <translation>Document number {} has already been used ({}); a number cannot be used twice. Ask the office for a new number block.</translation>
    </message>
    <message>
        <source>记录已更正（{}）</source>
        <translation>Record amended ({})</translation>
    </message>
    <message>
        <source>新的签名：{}</source>
        <translation>New signatures: {}</translation>
    </message>
    <message>
        <source>加盖电子签名</source>
        <translation>Digitally signed</translation>
    </message>
    <message>
        <source>整改期限或文书语言变更</source>
        <translation>Deadlines or document language changed</translation>
    </message>
    <message>
        <source>记录在签名后已更正：{} 的签名（或拒签记录）是在更正前给出的。请重新签名（被检查方拒签的，重新记录拒签理由和见证人）后再签发。</source>
        <translation>The record was amended after it was signed: the signatures (or refusal) of {} were given before the amendment. Have them sign again (for a refusal, record the reason and the witness again) before signing the document.</translation>
    </message>
    <message>
        <source>第 {} 版的文件缺失或被改动，按原内容重新生成</source>
        <translation>The file of version {} was missing or altered; made again from the same content</translation>
    </message>
    <message>
        <source>文书文件 {} 已存在，不能覆盖。</source>
        <translation>The document file {} already exists and is never overwritten.</translation>
    </message>
    <message>
        <source>版本：第 {} 版</source>
        <translation>Version: {}</translation>
    </message>
    <message>
        <source>与数据库中第 {} 版签发时的记录一致，但已被第 {} 版取代（{}）</source>
        <translation>Matches the record as it was when version {} was signed, but superseded by version {} ({})</translation>
    </message>
    <message>
        <source>无法读取文件 {}：{}</source>
        <translation>Cannot read the file {}: {}</translation>
    </message>
    <message>
        <source>登记送达时间 {}（送达人 {}）</source>
        <translation>Time of service recorded: {} (served by {})</translation>
    </message>
    <message>
        <source>这一栏须由记录上的检查人员 {} 本人签名，不能填写 {}。</source>
        <translation>This box must be signed by {}, the inspector the record names, not by {}.</translation>
    </message>
    <message>
        <source>签名证书属于“{}”，而本记录的检查人员是 {}：只有记录上的检查人员可以签名。</source>
        <translation>The signing certificate belongs to &quot;{}&quot; but the record&apos;s inspectors are {}: only an inspector named on the record can sign it.</translation>
    </message>
    <message>
        <source>照片</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>签名图片</source>
        <translation>Signature image</translation>
    </message>
    <message>
        <source>{}文件 {} 不见了（{} {} 的检查，记录 {}）。{}</source>
        <translation>{} file {} is missing (inspection of {} on {}, record {}). {}</translation>
    </message>
    <message>
        <source>{}文件 {} 与存储时的 SHA-256 不一致，已被替换或改动（{} {} 的检查，记录 {}）。{}</source>
        <translation>{} file {} no longer matches the SHA-256 stored for it: it was replaced or altered (inspection of {} on {}, record {}). {}</translation>
    </message>
    <message>
        <source>不能用它制作文书。</source>
        <translation>No document can be made with it.</translation>
    </message>
    <message>
        <source>不能导出数据包。</source>
        <translation>The package cannot be exported.</translation>
    </message>
    <message>
        <source>{}另有 {} 个证据文件有问题，请运行 inspector db check 查看。</source>
        <translation>{} {} more evidence files have problems: run inspector db check to see them.</translation>
    </message>
    <message>
        <source>未签名（按要求）。</source>
        <translation>Not signed (as requested).</translation>
    </message>
    <message>
        <source>本版本尚不支持签名。</source>
        <translation>This version cannot sign documents yet.</translation>
    </message>
    <message>
        <source>未签名：本版本尚不支持签名。</source>
        <translation>Not signed: this version cannot sign yet.</translation>
    </message>
    <message>
        <source>尚未生成签名密钥：请先生成或导入签名证书。</source>
        <translation>There is no signing key yet: create or import a signing certificate first.</translation>
    </message>
    <message>
        <source>未签名：尚未生成签名密钥。</source>
        <translation>Not signed: there is no signing key yet.</translation>
    </message>
    <message>
        <source>无法创建输出目录 {}：{}</source>
        <translation>Cannot create the output folder {}: {}</translation>
    </message>
    <message>
        <source>正在生成公告 PDF…</source>
        <translation>Making the bulletin PDF…</translation>
    </message>
    <message>
        <source>正在生成公告 XLSX…</source>
        <translation>Making the bulletin XLSX…</translation>
    </message>
    <message>
        <source>正在签名…</source>
        <translation>Signing…</translation>
    </message>
    <message>
        <source>导出完成</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <source>统计报表的文件名应以 .pdf 或 .xlsx 结尾。</source>
        <translation>The statistics file name must end in .pdf or .xlsx.</translation>
    </message>
    <message>
        <source>正在生成 {}…</source>
        <translation>Making {}…</translation>
    </message>
    <message>
        <source>未知的测量方法 {!r}。</source>
        <translation>Unknown measuring method {!r}.</translation>
    </message>
    <message>
        <source>距离应为米数。</source>
        <translation>The distance must be a number of metres.</translation>
    </message>
    <message>
        <source>距离应为 0 到 100000 米之间的数。</source>
        <translation>The distance must be between 0 and 100000 metres.</translation>
    </message>
    <message>
        <source>GPS 精度不能为负数。</source>
        <translation>The GPS accuracy cannot be negative.</translation>
    </message>
    <message>
        <source>检查项 {} 不是距离检查项。</source>
        <translation>Item {} is not a distance item.</translation>
    </message>
    <message>
        <source>找不到该测量记录。</source>
        <translation>This measurement cannot be found.</translation>
    </message>
    <message>
        <source>完成时间无效：应带时区且不晚于现在。</source>
        <translation>The finishing time is not valid: it must carry a time zone and not be in the future.</translation>
    </message>
    <message>
        <source>找不到该检查记录。</source>
        <translation>This inspection record cannot be found.</translation>
    </message>
    <message>
        <source>该检查已经完成。</source>
        <translation>This inspection is already finished.</translation>
    </message>
    <message>
        <source>完成时间不能早于检查开始时间。</source>
        <translation>The finishing time cannot be earlier than the start of the inspection.</translation>
    </message>
    <message>
        <source>检查项 {} “{}”不合格，模板要求附照片：请先拍照或添加照片再完成检查。</source>
        <translation>Item {} &quot;{}&quot; failed and its template requires a photo: take or add a photo before finishing.</translation>
    </message>
    <message>
        <source>检查项 {} “{}”不合格，模板要求填写说明：请先写明发现的问题再完成检查。</source>
        <translation>Item {} &quot;{}&quot; failed and its template requires a note: describe what was found before finishing.</translation>
    </message>
    <message>
        <source>无效的结论 {!r}。</source>
        <translation>Invalid result {!r}.</translation>
    </message>
    <message>
        <source>检查项 {} 不是合格/不合格项。</source>
        <translation>Item {} is not a pass/fail item.</translation>
    </message>
    <message>
        <source>数量应为不小于 0 的整数。</source>
        <translation>The count must be a whole number, 0 or more.</translation>
    </message>
    <message>
        <source>检查项 {} 没有选项 {!r}。</source>
        <translation>Item {} has no option {!r}.</translation>
    </message>
    <message>
        <source>更正必须说明理由。</source>
        <translation>An amendment needs a reason.</translation>
    </message>
    <message>
        <source>没有要更正的内容。</source>
        <translation>There is nothing to amend.</translation>
    </message>
    <message>
        <source>检查尚未完成，请直接修改答案。</source>
        <translation>The inspection is not finished yet: change the answer directly.</translation>
    </message>
    <message>
        <source>该检查中没有检查项 {}。</source>
        <translation>This inspection has no item {}.</translation>
    </message>
    <message>
        <source>找不到检查记录 {}</source>
        <translation>Inspection record {} cannot be found</translation>
    </message>
    <message>
        <source>该检查已完成并锁定，不能再修改；如需更正请使用“更正”。</source>
        <translation>This inspection is finished and locked and can no longer be changed; use “Amend” to correct it.</translation>
    </message>
    <message>
        <source>{}：取值 {} 不符合要求（{}）。</source>
        <translation>{}: the value {} is not allowed ({}).</translation>
    </message>
    <message>
        <source>请至少选择一张检查表。</source>
        <translation>Please choose at least one checklist.</translation>
    </message>
    <message>
        <source>找不到检查表 {}，请检查模板文件夹。</source>
        <translation>Checklist {} cannot be found; check the template folder.</translation>
    </message>
    <message>
        <source>检查时间缺少时区。</source>
        <translation>The inspection time has no time zone.</translation>
    </message>
    <message>
        <source>找不到该场所，可能已被删除。</source>
        <translation>This site cannot be found; it may have been deleted.</translation>
    </message>
    <message>
        <source>检查时间无效。</source>
        <translation>The inspection time is not valid.</translation>
    </message>
    <message>
        <source>检查项 {} 不是这种答题方式（应为 {}）。</source>
        <translation>Item {} is not answered this way (it should be {}).</translation>
    </message>
    <message>
        <source>测量值应为数字。</source>
        <translation>The measurement must be a number.</translation>
    </message>
    <message>
        <source>测量值应为有限的数字。</source>
        <translation>The measurement must be a finite number.</translation>
    </message>
    <message>
        <source>状态应为 {} 之一。</source>
        <translation>The status must be one of {}.</translation>
    </message>
    <message>
        <source>结果应为 {} 之一。</source>
        <translation>The result must be one of {}.</translation>
    </message>
    <message>
        <source>检查编号至少需要前 4 位。</source>
        <translation>Give at least the first 4 characters of the inspection ID.</translation>
    </message>
    <message>
        <source>找不到编号为 {} 的检查记录。</source>
        <translation>No inspection record has the ID {}.</translation>
    </message>
    <message>
        <source>编号 {} 对应多条检查记录，请多输入几位。</source>
        <translation>The ID {} matches more than one inspection record; type a few more characters.</translation>
    </message>
    <message>
        <source>无法读取证书文件 {}：{}</source>
        <translation>Cannot read the certificate file {}: {}</translation>
    </message>
    <message>
        <source>{} 不是证书文件（应为 PEM 或 DER 格式的 X.509 证书）。</source>
        <translation>{} is not a certificate file (an X.509 certificate in PEM or DER format is expected).</translation>
    </message>
    <message>
        <source>密钥口令不能为空：请输入口令，或设置环境变量 INSPECTOR_KEY_PASSPHRASE。</source>
        <translation>The key passphrase cannot be empty: enter a passphrase or set the environment variable INSPECTOR_KEY_PASSPHRASE.</translation>
    </message>
    <message>
        <source>请先在设置中填写检查人员姓名，再生成签名证书。</source>
        <translation>Enter the inspector&apos;s name in the settings before creating a signing certificate.</translation>
    </message>
    <message>
        <source>无法打开 PKCS#12 文件：密码错误或文件已损坏。</source>
        <translation>Cannot open the PKCS#12 file: wrong password or damaged file.</translation>
    </message>
    <message>
        <source>PKCS#12 文件中没有私钥或证书。</source>
        <translation>The PKCS#12 file holds no private key or certificate.</translation>
    </message>
    <message>
        <source>签名需要密钥口令：请输入口令，或设置环境变量 INSPECTOR_KEY_PASSPHRASE。</source>
        <translation>Signing needs the key passphrase: enter it or set the environment variable INSPECTOR_KEY_PASSPHRASE.</translation>
    </message>
    <message>
        <source>密钥口令不正确。</source>
        <translation>The key passphrase is wrong.</translation>
    </message>
    <message>
        <source>红黑榜策略有误：{}</source>
        <translation>The red/black list policy is wrong: {}</translation>
    </message>
    <message>
        <source>请写明移出黑榜的理由。</source>
        <translation>Please give the reason for removing the site from the black list.</translation>
    </message>
    <message>
        <source>该场所不在已发布的黑榜上。</source>
        <translation>This site is not on a published black list.</translation>
    </message>
    <message>
        <source>该场所仍有未整改完毕的问题，复查合格后才能移出黑榜。</source>
        <translation>This site still has problems that are not rectified; it can leave the black list only after passing re-inspection.</translation>
    </message>
    <message>
        <source>该场所的移出已经登记过。</source>
        <translation>The removal of this site is already recorded.</translation>
    </message>
    <message>
        <source>未知的类别“{}”，可选：{}。</source>
        <translation>Unknown category “{}”; choose one of: {}.</translation>
    </message>
    <message>
        <source>正在读取本期检查记录…</source>
        <translation>Reading the period&apos;s inspections…</translation>
    </message>
    <message>
        <source>正在按规则判定…</source>
        <translation>Applying the list rules…</translation>
    </message>
    <message>
        <source>正在保存草稿…</source>
        <translation>Saving the draft…</translation>
    </message>
    <message>
        <source>找不到这一期红黑榜。</source>
        <translation>This red/black list issue cannot be found.</translation>
    </message>
    <message>
        <source>找不到这条榜单条目。</source>
        <translation>This list entry cannot be found.</translation>
    </message>
    <message>
        <source>这一期已经发布，条目不能再修改。</source>
        <translation>This issue is published; its entries can no longer be changed.</translation>
    </message>
    <message>
        <source>请写明不予列入的理由。</source>
        <translation>Please give the reason for leaving the site off the list.</translation>
    </message>
    <message>
        <source>第 {} 期红黑榜的快照与其 SHA-256 不符，可能被改动过。</source>
        <translation>The snapshot of red/black list issue {} does not match its SHA-256; it may have been altered.</translation>
    </message>
    <message>
        <source>请填写期号。</source>
        <translation>Please enter the issue number.</translation>
    </message>
    <message>
        <source>这一期已经发布（期号 {}）。</source>
        <translation>This issue is already published (issue number {}).</translation>
    </message>
    <message>
        <source>期号“{}”在本类别中已经用过，请换一个。</source>
        <translation>Issue number “{}” is already used in this category; choose another.</translation>
    </message>
    <message>
        <source>送达时间“{}”的格式不对：请写成 年-月-日 时:分，如 2026-12-05 10:30。</source>
        <translation>The time of service &quot;{}&quot; is not in the right form: write year-month-day hour:minute, e.g. 2026-12-05 10:30.</translation>
    </message>
    <message>
        <source>这次检查还没有生成整改通知书，不能登记送达时间：请先生成签名文书，送达后再登记。</source>
        <translation>No rectification notice has been made for this inspection, so no time of service can be recorded: make the signed documents first and record the service once the notice is handed over.</translation>
    </message>
    <message>
        <source>送达时间 {} 早于整改通知书 {} 的签发日期 {}：通知书不能在签发之前送达，请核对后重新填写。</source>
        <translation>The time of service {} is before the issue date of rectification notice {} ({}): a notice cannot be served before it is issued. Check the time and enter it again.</translation>
    </message>
    <message>
        <source>送达时间 {} 晚于现在（{}）：只能登记已经送达的时间。</source>
        <translation>The time of service {} is later than now ({}): only a time at which the notice was already served can be recorded.</translation>
    </message>
    <message>
        <source>送达人姓名太长（最多 100 个字）。</source>
        <translation>The server&apos;s name is too long (100 characters at most).</translation>
    </message>
    <message>
        <source>请填写送达人姓名。</source>
        <translation>Enter the name of the person who served the notice.</translation>
    </message>
    <message>
        <source>整改策略文件 {} 中的 {} 应为文字或 {{zh_CN, en}}。</source>
        <translation>In the rectification policy file {}, {} must be a text or {{zh_CN, en}}.</translation>
    </message>
    <message>
        <source>整改策略文件 {} 无法读取：{}</source>
        <translation>Cannot read the rectification policy file {}: {}</translation>
    </message>
    <message>
        <source>第 {} 项的整改期限不能为负数。</source>
        <translation>The deadline of item {} cannot be negative.</translation>
    </message>
    <message>
        <source>编号数量应在 1 到 {} 之间，实为 {}。</source>
        <translation>The count should be between 1 and {}, not {}.</translation>
    </message>
    <message>
        <source>只有办公室（办公室模式）可以分配编号段。</source>
        <translation>Only the office (office mode) can assign number blocks.</translation>
    </message>
    <message>
        <source>编号段 {}{}–{} 与已有编号段重叠，未分配。</source>
        <translation>The number block {}{}–{} overlaps an existing block and was not assigned.</translation>
    </message>
    <message>
        <source>没有登记编号为 {} 的设备：请先登记设备（office register-device）。</source>
        <translation>No device {} is registered: register it first (office register-device).</translation>
    </message>
    <message>
        <source>设备 {} 已被吊销，不能再分配编号段。</source>
        <translation>Device {} has been revoked: no number block can be assigned to it.</translation>
    </message>
    <message>
        <source>文书编号 {} 已由设备 {} 用于另一份文书，这个数据包（设备 {}）又用了一次。请让两台设备改用创建办分配的编号段（office numbers assign）。</source>
        <translation>Document number {} was already used by device {} for another document, and this package (device {}) uses it again. Have both devices use number blocks assigned by the office (office numbers assign).</translation>
    </message>
    <message>
        <source>编号段 {}{} 起已由设备 {} 使用，这个数据包（设备 {}）又登记了同一编号段。请让两台设备改用创建办分配的编号段（office numbers assign）。</source>
        <translation>The number block starting {}{} is already used by device {}, and this package (device {}) registers the same block. Have both devices use number blocks assigned by the office (office numbers assign).</translation>
    </message>
    <message>
        <source>无法读取该图片文件，请选择 JPEG 或 PNG 照片。</source>
        <translation>Cannot read this image file; choose a JPEG or PNG photo.</translation>
    </message>
    <message>
        <source>无法读取照片 {}：{}</source>
        <translation>Cannot read the photo {}: {}</translation>
    </message>
    <message>
        <source>该检查已完成并锁定，不能再添加照片。</source>
        <translation>This inspection is finished and locked; no more photos can be added.</translation>
    </message>
    <message>
        <source>该检查中没有检查项 {}，照片未添加。</source>
        <translation>This inspection has no item {}; the photo was not added.</translation>
    </message>
    <message>
        <source>找不到该照片。</source>
        <translation>This photo cannot be found.</translation>
    </message>
    <message>
        <source>该检查已完成并锁定，不能删除照片。</source>
        <translation>This inspection is finished and locked; photos cannot be deleted.</translation>
    </message>
    <message>
        <source>本机没有可用的打印机。请先在系统中添加打印机；也可以把文书另存为 PDF，拿到有打印机的电脑上打印。</source>
        <translation>No printer is available on this computer. Add a printer in the system first, or save the document as a PDF and print it on a computer that has a printer.</translation>
    </message>
    <message>
        <source>{} 不是 PDF 文件，不能打印。</source>
        <translation>{} is not a PDF file and cannot be printed.</translation>
    </message>
    <message>
        <source>{} 已损坏，无法打印。</source>
        <translation>{} is damaged and cannot be printed.</translation>
    </message>
    <message>
        <source>份数应在 1 到 99 之间，收到 {}。</source>
        <translation>The number of copies must be between 1 and 99, not {}.</translation>
    </message>
    <message>
        <source>本机有多台打印机（{}），请用 --printer 指定一台。</source>
        <translation>This computer has several printers ({}): choose one with --printer.</translation>
    </message>
    <message>
        <source>没有名为“{}”的打印机。可用的打印机：{}。</source>
        <translation>There is no printer called &quot;{}&quot;. Available printers: {}.</translation>
    </message>
    <message>
        <source>打印机“{}”没有接受打印任务：{}</source>
        <translation>Printer &quot;{}&quot; did not accept the print job: {}</translation>
    </message>
    <message>
        <source>已取消，没有保存任何内容。</source>
        <translation>Cancelled; nothing was saved.</translation>
    </message>
    <message>
        <source>纬度和经度须同时填写或同时留空</source>
        <translation>Latitude and longitude must both be filled in or both be left empty</translation>
    </message>
    <message>
        <source>纬度 {} 超出范围（-90 至 90）</source>
        <translation>Latitude {} is out of range (-90 to 90)</translation>
    </message>
    <message>
        <source>经度 {} 超出范围（-180 至 180）</source>
        <translation>Longitude {} is out of range (-180 to 180)</translation>
    </message>
    <message>
        <source>名称不能为空</source>
        <translation>The name must not be empty</translation>
    </message>
    <message>
        <source>未知的场所类型“{}”</source>
        <translation>Unknown site type “{}”</translation>
    </message>
    <message>
        <source>第 {} 个证照缺少种类</source>
        <translation>Licence {} has no type</translation>
    </message>
    <message>
        <source>学校名称不能为空</source>
        <translation>The school name must not be empty</translation>
    </message>
    <message>
        <source>未知的学校类型“{}”</source>
        <translation>Unknown school type “{}”</translation>
    </message>
    <message>
        <source>第 {} 个坐标点类型“{}”无效（gate 或 boundary）</source>
        <translation>Point {} has an invalid type “{}” (gate or boundary)</translation>
    </message>
    <message>
        <source>第 {} 个坐标点：{}</source>
        <translation>Point {}: {}</translation>
    </message>
    <message>
        <source>{}。</source>
        <translation>{}.</translation>
    </message>
    <message>
        <source>找不到该学校，可能已被删除。</source>
        <translation>This school cannot be found; it may have been deleted.</translation>
    </message>
    <message>
        <source>日期“{}”无法识别（应如 2027-12-31）</source>
        <translation>The date “{}” cannot be read (write it like 2027-12-31)</translation>
    </message>
    <message>
        <source>日期“{}”不存在</source>
        <translation>The date “{}” does not exist</translation>
    </message>
    <message>
        <source>{}“{}”不是数字</source>
        <translation>{} “{}” is not a number</translation>
    </message>
    <message>
        <source>已归档“{}”应为 是 或 否</source>
        <translation>Archived “{}” must be yes or no (是 or 否)</translation>
    </message>
    <message>
        <source>坐标“{}”应写成 纬度,经度</source>
        <translation>The coordinates “{}” must be written as latitude,longitude</translation>
    </message>
    <message>
        <source>纬度</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>经度</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>坐标“{}”缺少纬度或经度</source>
        <translation>The coordinates “{}” lack the latitude or the longitude</translation>
    </message>
    <message>
        <source>导出登记表</source>
        <translation>export the register</translation>
    </message>
    <message>
        <source>不支持的文件类型“{}”：请使用 .csv 或 .xlsx 文件。</source>
        <translation>Unsupported file type “{}”: use a .csv or .xlsx file.</translation>
    </message>
    <message>
        <source>文件不存在：{}</source>
        <translation>The file does not exist: {}</translation>
    </message>
    <message>
        <source>无法识别文件编码：请另存为 UTF-8 或 GBK 编码的 CSV。</source>
        <translation>The file&apos;s encoding cannot be recognised: save it as a CSV in UTF-8 or GBK.</translation>
    </message>
    <message>
        <source>无法读取 Excel 文件 {}：{}</source>
        <translation>Cannot read the Excel file {}: {}</translation>
    </message>
    <message>
        <source>文件 {} 是空的。</source>
        <translation>The file {} is empty.</translation>
    </message>
    <message>
        <source>场所类型别名表 {}：“{}”对应的类型代码“{}”不存在。</source>
        <translation>Site kind alias table {}: &quot;{}&quot; maps to the kind code &quot;{}&quot;, which does not exist.</translation>
    </message>
    <message>
        <source>场所类型代码“{}”不存在。</source>
        <translation>The site kind code &quot;{}&quot; does not exist.</translation>
    </message>
    <message>
        <source>无法写入场所类型别名表 {}：{}</source>
        <translation>Cannot write the site kind alias table {}: {}</translation>
    </message>
    <message>
        <source>--map-kind 应写成 原文=类型，例如 --map-kind 理发店=small_salon。</source>
        <translation>--map-kind takes text=kind, e.g. --map-kind 理发店=small_salon.</translation>
    </message>
    <message>
        <source>--map-kind {}：类型“{}”不存在。</source>
        <translation>--map-kind {}: the kind &quot;{}&quot; does not exist.</translation>
    </message>
    <message>
        <source>校门</source>
        <translation>The gate</translation>
    </message>
    <message>
        <source>{}的纬度和经度须同时填写</source>
        <translation>{}: latitude and longitude must both be given</translation>
    </message>
    <message>
        <source>有经度列却没有对应的纬度列：{}</source>
        <translation>A longitude column without its latitude column: {}</translation>
    </message>
    <message>
        <source>文件 {} 的第一行没有名称列（应为 {} 之一）。</source>
        <translation>The first row of the file {} has no name column (expected one of {}).</translation>
    </message>
    <message>
        <source>{} 列（无标题）</source>
        <translation>column {} (no header)</translation>
    </message>
    <message>
        <source>系统编号与第 {} 行重复</source>
        <translation>The system ID is the same as in row {}</translation>
    </message>
    <message>
        <source>统一社会信用代码与第 {} 行重复</source>
        <translation>Same credit code as row {}</translation>
    </message>
    <message>
        <source>场所类型“{}”无法识别</source>
        <translation>Site type “{}” is not recognised</translation>
    </message>
    <message>
        <source>缺少场所类型</source>
        <translation>The site type is missing</translation>
    </message>
    <message>
        <source>学校类型“{}”无法识别（小学、中学、幼儿园、九年一贯制学校）</source>
        <translation>School type “{}” is not recognised (Primary school, Secondary school, Kindergarten, Nine-year school)</translation>
    </message>
    <message>
        <source>导入已取消，没有导入任何数据。</source>
        <translation>Import cancelled; nothing was imported.</translation>
    </message>
    <message>
        <source>第 {} 行：{}</source>
        <translation>Row {}: {}</translation>
    </message>
    <message>
        <source>不支持的文件类型“{}”：请使用 .csv 或 .xlsx 文件名。</source>
        <translation>Unsupported file type “{}”: use a file name ending in .csv or .xlsx.</translation>
    </message>
    <message>
        <source>无法写入 {}：{}</source>
        <translation>Cannot write {}: {}</translation>
    </message>
    <message>
        <source>找不到这个场所。</source>
        <translation>This site cannot be found.</translation>
    </message>
    <message>
        <source>该场所没有待复查的整改事项。</source>
        <translation>This site has no rectification cases waiting for re-inspection.</translation>
    </message>
    <message>
        <source>这些整改事项已有一次未完成的复查，请先完成或删除那次复查。</source>
        <translation>These rectification cases already have an unfinished re-inspection; finish or delete it first.</translation>
    </message>
    <message>
        <source>找不到原检查所用的检查表 {}，无法生成复查表。</source>
        <translation>The checklist {} used by the original inspection cannot be found, so no re-inspection form can be made.</translation>
    </message>
    <message>
        <source>复查结果只能是合格（pass）或不合格（fail）。</source>
        <translation>A re-inspection result can only be pass or fail.</translation>
    </message>
    <message>
        <source>找不到这次复查。</source>
        <translation>This re-inspection cannot be found.</translation>
    </message>
    <message>
        <source>这次复查已经完成，不能再修改。</source>
        <translation>This re-inspection is finished and can no longer be changed.</translation>
    </message>
    <message>
        <source>这次复查中没有检查项 {}。</source>
        <translation>This re-inspection has no item {}.</translation>
    </message>
    <message>
        <source>检查项 {} 无法以合格/不合格记录，请在检查界面中作答。</source>
        <translation>Item {} cannot be recorded as pass/fail; answer it in the inspection window.</translation>
    </message>
    <message>
        <source>找不到学校“{}”：请写学校的全称或系统编号。</source>
        <translation>No school &quot;{}&quot;: give the school&apos;s full name or its id.</translation>
    </message>
    <message>
        <source>有 {} 所学校名为“{}”：请用系统编号指明。</source>
        <translation>{} schools are named &quot;{}&quot;: give the id instead.</translation>
    </message>
    <message>
        <source>GeoJSON 中没有多边形（Polygon）。</source>
        <translation>The GeoJSON holds no polygon.</translation>
    </message>
    <message>
        <source>GeoJSON 含 {} 个多边形：一所学校的校园边界应为一个多边形。</source>
        <translation>The GeoJSON holds {} polygons: a school&apos;s campus boundary is one polygon.</translation>
    </message>
    <message>
        <source>GeoJSON 几何类型为“{}”：校园边界应为多边形（Polygon）。</source>
        <translation>The GeoJSON geometry is &quot;{}&quot;: a campus boundary must be a Polygon.</translation>
    </message>
    <message>
        <source>文件 {} 过大，不像一所学校的边界。</source>
        <translation>The file {} is too large to be one school&apos;s boundary.</translation>
    </message>
    <message>
        <source>无法读取 {}：{}</source>
        <translation>Cannot read {}: {}</translation>
    </message>
    <message>
        <source>文件 {} 不是有效的 GeoJSON（JSON 格式错误）。</source>
        <translation>The file {} is not valid GeoJSON (bad JSON).</translation>
    </message>
    <message>
        <source>GeoJSON 含 {} 个要素：请每所学校一个文件、一个多边形。</source>
        <translation>The GeoJSON holds {} features: use one file with one polygon per school.</translation>
    </message>
    <message>
        <source>GeoJSON 第 {} 个坐标应为 [经度, 纬度]。</source>
        <translation>GeoJSON position {} should be [longitude, latitude].</translation>
    </message>
    <message>
        <source>GeoJSON 第 {} 个坐标超出范围：应为 [经度, 纬度]。</source>
        <translation>GeoJSON position {} is out of range: it should be [longitude, latitude].</translation>
    </message>
    <message>
        <source>校园边界至少需要 3 个角点，文件中只有 {} 个。</source>
        <translation>A campus boundary needs at least 3 corners; the file has only {}.</translation>
    </message>
    <message>
        <source>校园边界至少需要 3 个角点（按顺序），现有 {} 个。</source>
        <translation>A campus boundary needs at least 3 corners (in order); there are {}.</translation>
    </message>
    <message>
        <source>学校“{}”尚未录入校园边界，无法导出。</source>
        <translation>School &quot;{}&quot; has no campus boundary yet: nothing to export.</translation>
    </message>
    <message>
        <source>正在统计检查次数…</source>
        <translation>Counting inspections…</translation>
    </message>
    <message>
        <source>正在统计各类别得分率…</source>
        <translation>Computing score rates by category…</translation>
    </message>
    <message>
        <source>正在统计各网格得分率…</source>
        <translation>Computing score rates by grid…</translation>
    </message>
    <message>
        <source>正在统计各检查员得分率…</source>
        <translation>Computing score rates by inspector…</translation>
    </message>
    <message>
        <source>正在统计问题整改情况…</source>
        <translation>Counting rectified problems…</translation>
    </message>
    <message>
        <source>正在统计不合格最多的检查项…</source>
        <translation>Finding the most often failed items…</translation>
    </message>
    <message>
        <source>正在统计逾期问题…</source>
        <translation>Counting overdue problems…</translation>
    </message>
    <message>
        <source>统计完成</source>
        <translation>Statistics ready</translation>
    </message>
    <message>
        <source>配置包中的检查表或策略文件有误，本机保留了原有的检查表和策略：{}</source>
        <translation>The office bundle has a bad checklist or policy file; this computer kept its current checklists and policy: {}</translation>
    </message>
    <message>
        <source>配置包未写出：{}</source>
        <translation>The office bundle was not written: {}</translation>
    </message>
    <message>
        <source>无法写入配置包 {}：{}</source>
        <translation>Cannot write the office bundle {}: {}</translation>
    </message>
    <message>
        <source>无法读取配置包 {}：{}</source>
        <translation>Cannot read the office bundle {}: {}</translation>
    </message>
    <message>
        <source>配置包无效，未作任何更改：{}</source>
        <translation>The office bundle is not valid; nothing was changed: {}</translation>
    </message>
    <message>
        <source>配置包不是由已信任的办公室“{}”（指纹 {}）签发的，而是由指纹 {} 的密钥签发，已拒绝。</source>
        <translation>The office bundle was not issued by the trusted office “{}” (fingerprint {}) but by a key with fingerprint {}; it was refused.</translation>
    </message>
    <message>
        <source>首次导入办公室“{}”的配置包，请与办公室核对密钥指纹：{}。核对无误后用 --accept-fingerprint 确认。</source>
        <translation>First office bundle from “{}”: check the key fingerprint with the office: {}. When it matches, confirm with --accept-fingerprint.</translation>
    </message>
    <message>
        <source>这个配置包（第 {} 号）比已安装的（第 {} 号）旧，未安装。</source>
        <translation>This office bundle (no. {}) is older than the installed one (no. {}); it was not installed.</translation>
    </message>
    <message>
        <source>配置包的 {} 记录无效（{}）。</source>
        <translation>The bundle&apos;s {} records are not valid ({}).</translation>
    </message>
    <message>
        <source>请写出证书指纹（至少前 8 位十六进制数字）。</source>
        <translation>Give the certificate fingerprint (at least its first 8 hex digits).</translation>
    </message>
    <message>
        <source>指纹 {} 对应 {} 张待确认的证书，请写完整些。</source>
        <translation>Fingerprint {} matches {} pending certificates; give more of it.</translation>
    </message>
    <message>
        <source>无法写入证书文件夹 {}：{}</source>
        <translation>Cannot write to the certificate folder {}: {}</translation>
    </message>
    <message>
        <source>请选择保留办公室现有版本或采用设备传来的版本。</source>
        <translation>Choose whether to keep the office&apos;s version or take the version from the device.</translation>
    </message>
    <message>
        <source>请填写处理理由。</source>
        <translation>Please give the reason for the decision.</translation>
    </message>
    <message>
        <source>没有找到这条冲突。</source>
        <translation>This conflict cannot be found.</translation>
    </message>
    <message>
        <source>这条冲突已经处理过了。</source>
        <translation>This conflict has already been resolved.</translation>
    </message>
    <message>
        <source>已完成的检查不能被导入的内容覆盖；如需更改，请以补正记录办理。</source>
        <translation>A finished inspection cannot be overwritten by imported data; record an amendment to change it.</translation>
    </message>
    <message>
        <source>本程序不认识数据表 {}。</source>
        <translation>This program does not know the data table {}.</translation>
    </message>
    <message>
        <source>导入数据包时发生内部错误，数据包已拒收，数据库未作任何更改（详情已写入日志文件）。</source>
        <translation>An internal error occurred while importing the package; it was refused and the database was not changed (details are in the log file).</translation>
    </message>
    <message>
        <source>设备的第 {} 号数据包已经导入过，而这个同号数据包的内容不同，已拒收。</source>
        <translation>Package number {} of this device was already imported, and this package with the same number has other content; refused.</translation>
    </message>
    <message>
        <source>数据包序号 {} 小于该设备已导入的第 {} 号（序号倒退），已拒收。</source>
        <translation>Package number {} is lower than number {} already imported from this device (the sequence goes backwards); refused.</translation>
    </message>
    <message>
        <source>该设备缺少第 {} 号数据包（序号有空缺）。</source>
        <translation>Package(s) {} of this device are missing (a gap in the sequence).</translation>
    </message>
    <message>
        <source>有 {} 条记录的时间比现在晚一天以上（已保留，请核对设备时钟）。</source>
        <translation>{} records are dated more than a day ahead (kept; check the device clock).</translation>
    </message>
    <message>
        <source>收到 {} 张检查人员证书，待办公室人员确认后才会信任。</source>
        <translation>Received {} inspector certificate(s); they are trusted only once an office user confirms them.</translation>
    </message>
    <message>
        <source>办公室要求数据包必须加密，不能导出未加密的数据包。</source>
        <translation>The office requires encrypted data packages; an unencrypted package cannot be exported.</translation>
    </message>
    <message>
        <source>还没有导入办公室配置包，不知道办公室的公钥，无法加密。</source>
        <translation>No office bundle has been imported yet, so the office&apos;s public key is unknown and nothing can be encrypted.</translation>
    </message>
    <message>
        <source>记录文件 {}.jsonl 第 {} 行已拒收：{}。</source>
        <translation>Record file {}.jsonl line {} refused: {}.</translation>
    </message>
    <message>
        <source>记录文件 {}.jsonl 第 {} 行的 base_version 不是非负整数。</source>
        <translation>Record file {}.jsonl line {}: base_version is not a non-negative integer.</translation>
    </message>
    <message>
        <source>记录文件 {}.jsonl 第 {} 行的 id 不是 UUID。</source>
        <translation>Record file {}.jsonl line {}: the id is not a UUID.</translation>
    </message>
    <message>
        <source>记录文件 {}.jsonl 第 {} 行的 row_version 不是正整数。</source>
        <translation>Record file {}.jsonl line {}: row_version is not a positive integer.</translation>
    </message>
    <message>
        <source>数据包清单 manifest.json 已拒收：{}。</source>
        <translation>The package manifest manifest.json was refused: {}.</translation>
    </message>
    <message>
        <source>数据包清单的 device_id 不是 UUID。</source>
        <translation>The package manifest&apos;s device_id is not a UUID.</translation>
    </message>
    <message>
        <source>数据包清单的 sequence 必须是正整数。</source>
        <translation>The package manifest&apos;s sequence must be a positive integer.</translation>
    </message>
    <message>
        <source>数据包清单的 {} 不是 UTC 时间。</source>
        <translation>The package manifest&apos;s {} is not a UTC time.</translation>
    </message>
    <message>
        <source>数据包清单的 {} 不是文字或超过 {} 个字符。</source>
        <translation>The package manifest&apos;s {} is not text or is longer than {} characters.</translation>
    </message>
    <message>
        <source>数据包清单的 records 应为 表名 → 非负整数。</source>
        <translation>The package manifest&apos;s records must map table names to non-negative integers.</translation>
    </message>
    <message>
        <source>数据包清单缺少文件列表 files。</source>
        <translation>The package manifest has no file list (files).</translation>
    </message>
    <message>
        <source>数据包清单的 files 中有一项缺少 path、sha256 或 size，或类型不对。</source>
        <translation>An item of the package manifest&apos;s files lacks path, sha256 or size, or has the wrong type.</translation>
    </message>
    <message>
        <source>数据包中的文件 “{}” 不属于数据包中的任何记录，已拒收。</source>
        <translation>The file &quot;{}&quot; in the package belongs to none of its records; refused.</translation>
    </message>
    <message>
        <source>数据包中的文件 “{}” 与其记录中的 SHA-256 不符，已拒收。</source>
        <translation>The file &quot;{}&quot; in the package does not match the SHA-256 in its record; refused.</translation>
    </message>
    <message>
        <source>数据包中的证书文件 “{}” 无法读取，已拒收。</source>
        <translation>The certificate file &quot;{}&quot; in the package cannot be read; refused.</translation>
    </message>
    <message>
        <source>数据包中的证书文件 “{}” 的扩展项无法读取，已拒收。</source>
        <translation>The extensions of certificate file &quot;{}&quot; in the package cannot be read; refused.</translation>
    </message>
    <message>
        <source>数据包中的证书 “{}” 是可以签发其他证书的 CA 证书，已拒收。</source>
        <translation>The certificate &quot;{}&quot; in the package is a CA certificate that can issue other certificates; refused.</translation>
    </message>
    <message>
        <source>数据包中的证书 “{}” 已过期，已拒收。</source>
        <translation>The certificate &quot;{}&quot; in the package has expired; refused.</translation>
    </message>
    <message>
        <source>answer 的记录 {} 引用的检查表 {} 不是该检查使用的检查表版本，已拒收。</source>
        <translation>answer record {} names checklist {}, which is not a checklist version this inspection uses; refused.</translation>
    </message>
    <message>
        <source>answer 的记录 {} 引用的检查项 {} 不在检查表 {} 中，已拒收。</source>
        <translation>answer record {} names item {}, which is not in checklist {}; refused.</translation>
    </message>
    <message>
        <source>数据包中的证书 “{}” 的持有人 {} 不是该设备的检查人员，已拒收。</source>
        <translation>The certificate &quot;{}&quot; in the package names {}, who is not an inspector of this device; refused.</translation>
    </message>
    <message>
        <source>本机还不是办公室：请先执行 inspector office init --name 办公室名称。</source>
        <translation>This computer is not an office yet: first run inspector office init --name OFFICE-NAME.</translation>
    </message>
    <message>
        <source>无法读取设备信息文件 {}：{}</source>
        <translation>Cannot read the device card {}: {}</translation>
    </message>
    <message>
        <source>这不是巡查助手的设备信息文件。</source>
        <translation>This is not an Inspector device card.</translation>
    </message>
    <message>
        <source>设备信息文件不完整或公钥无效：{}</source>
        <translation>The device card is incomplete or its public key is not valid: {}</translation>
    </message>
    <message>
        <source>设备 {} 已用另一把公钥登记；如确需更换，请先吊销后重新登记。</source>
        <translation>Device {} is registered with another public key; to replace it, revoke the device first and register it again.</translation>
    </message>
    <message>
        <source>没有登记过设备 {}。</source>
        <translation>Device {} has not been registered.</translation>
    </message>
    <message>
        <source>无法创建文件夹 {}：{}</source>
        <translation>Could not create the folder {}: {}</translation>
    </message>
    <message>
        <source>无法读取数据包 {}：{}</source>
        <translation>Cannot read the data package {}: {}</translation>
    </message>
    <message>
        <source>这个数据包已经导入过，未作任何更改。</source>
        <translation>This package was imported before; nothing was changed.</translation>
    </message>
    <message>
        <source>已导入。</source>
        <translation>Imported.</translation>
    </message>
    <message>
        <source>已导入：新增 {} 条，更新 {} 条，未变 {} 条，冲突 {} 条，文件 {} 个。</source>
        <translation>Imported: {} added, {} updated, {} unchanged, {} conflicts, {} files.</translation>
    </message>
    <message>
        <source>数据包已拒收，数据库未作任何更改：{}</source>
        <translation>The package was refused; the database was not changed: {}</translation>
    </message>
    <message>
        <source>导入已取消，数据库未作任何更改。</source>
        <translation>Import cancelled; the database was not changed.</translation>
    </message>
    <message>
        <source>收件文件夹 {} 不存在。</source>
        <translation>The inbox folder {} does not exist.</translation>
    </message>
    <message>
        <source>第 {} 行第 {} 列</source>
        <translation>line {}, column {}</translation>
    </message>
    <message>
        <source>YAML 中同一层有重复的键 {}</source>
        <translation>A key is written twice at the same level of the YAML: {}</translation>
    </message>
    <message>
        <source>YAML 格式错误（{}），请检查缩进、冒号和引号</source>
        <translation>YAML syntax error ({}); check the indentation, colons and quotes</translation>
    </message>
    <message>
        <source>文件不是 UTF-8 编码，请另存为 UTF-8</source>
        <translation>The file is not UTF-8 encoded; save it again as UTF-8</translation>
    </message>
    <message>
        <source>无法读取文件：{}</source>
        <translation>Cannot read the file: {}</translation>
    </message>
    <message>
        <source>文件为空</source>
        <translation>The file is empty</translation>
    </message>
    <message>
        <source>文件夹中没有 .yaml 模板文件</source>
        <translation>The folder holds no .yaml template files</translation>
    </message>
    <message>
        <source>文件或文件夹不存在</source>
        <translation>The file or folder does not exist</translation>
    </message>
    <message>
        <source>模板 {} 版本 {} 与 {} 重复</source>
        <translation>Template {} version {} is the same as in {}</translation>
    </message>
    <message>
        <source>本单位模板 {} 的版本 {} 与内置模板相同，未采用；要替换内置模板请把 version 改大</source>
        <translation>Office template {} has version {}, the same as the built-in template, so it is not used; to replace the built-in template, raise its version</translation>
    </message>
    <message>
        <source>本单位模板文件夹不存在</source>
        <translation>The office template folder does not exist</translation>
    </message>
    <message>
        <source>配置包清单 bundle.json 不是有效的 JSON。</source>
        <translation>The bundle&apos;s manifest bundle.json is not valid JSON.</translation>
    </message>
    <message>
        <source>这不是办公室配置包。</source>
        <translation>This is not an office bundle.</translation>
    </message>
    <message>
        <source>配置包来自更新版本的程序，请先升级本机的程序。</source>
        <translation>The office bundle comes from a newer version of the program; upgrade the program on this computer first.</translation>
    </message>
    <message>
        <source>配置包清单缺少必需的字段（{}）。</source>
        <translation>The bundle&apos;s manifest lacks a required field ({}).</translation>
    </message>
    <message>
        <source>配置包的签名无效：内容被改动或不是由其中的办公室密钥签发的。</source>
        <translation>The bundle&apos;s signature is not valid: the content was altered or was not signed by the office key it names.</translation>
    </message>
    <message>
        <source>配置包中的文件与清单不一致。</source>
        <translation>The files in the bundle do not match its manifest.</translation>
    </message>
    <message>
        <source>配置包中的文件 “{}” 不属于可接收的文件夹。</source>
        <translation>The file “{}” in the bundle is not in a folder that can be received.</translation>
    </message>
    <message>
        <source>配置包中的文件 “{}” 与清单的 SHA-256 不符。</source>
        <translation>The file “{}” in the bundle does not match the SHA-256 in the manifest.</translation>
    </message>
    <message>
        <source>不是加密的数据包。</source>
        <translation>This is not an encrypted package.</translation>
    </message>
    <message>
        <source>加密数据包的头部损坏或被截断。</source>
        <translation>The header of the encrypted package is damaged or cut short.</translation>
    </message>
    <message>
        <source>加密数据包的头部不是有效的 JSON。</source>
        <translation>The header of the encrypted package is not valid JSON.</translation>
    </message>
    <message>
        <source>加密数据包使用了不认识的加密算法。</source>
        <translation>The encrypted package uses an unknown encryption algorithm.</translation>
    </message>
    <message>
        <source>数据包是加密给另一个办公室的（指纹 {}），本办公室无法解密。</source>
        <translation>The package is encrypted for another office (fingerprint {}); this office cannot decrypt it.</translation>
    </message>
    <message>
        <source>数据包无法解密：内容被改动、截断或不是加密给本办公室的。</source>
        <translation>The package cannot be decrypted: it was changed, cut short or not encrypted for this office.</translation>
    </message>
    <message>
        <source>数据包是加密的，但本机没有办公室密钥（请先执行 office init）。</source>
        <translation>The package is encrypted, but this computer has no office key (run office init first).</translation>
    </message>
    <message>
        <source>办公室设置要求数据包必须加密，而这个数据包没有加密。</source>
        <translation>The office requires encrypted packages, and this package is not encrypted.</translation>
    </message>
    <message>
        <source>数据包清单中有重复的文件路径。</source>
        <translation>The package manifest lists a file path twice.</translation>
    </message>
    <message>
        <source>数据包中的文件 “{}” 不在清单中，已拒收。</source>
        <translation>The file “{}” in the package is not in the manifest; refused.</translation>
    </message>
    <message>
        <source>清单中的文件 “{}” 不在数据包中（数据包不完整）。</source>
        <translation>The file “{}” in the manifest is not in the package (the package is incomplete).</translation>
    </message>
    <message>
        <source>数据包中的记录文件名 “{}” 不合规。</source>
        <translation>The record file name “{}” in the package is not valid.</translation>
    </message>
    <message>
        <source>数据包中的文件 “{}” 不属于可接收的文件夹。</source>
        <translation>The file “{}” in the package is not in a folder that can be received.</translation>
    </message>
    <message>
        <source>数据包中的文件 “{}” 不在 records/ 或 files/ 下。</source>
        <translation>The file “{}” in the package is not under records/ or files/.</translation>
    </message>
    <message>
        <source>数据包中的文件 “{}” 与清单记录的大小或 SHA-256 不符（内容被改动或损坏）。</source>
        <translation>The file “{}” in the package does not match the size or SHA-256 in the manifest (changed or damaged).</translation>
    </message>
    <message>
        <source>清单写有 {} 的记录，但数据包中没有对应的记录文件。</source>
        <translation>The manifest lists records of {}, but the package has no record file for them.</translation>
    </message>
    <message>
        <source>数据包来自未登记的设备 {}，已拒收。请先在办公室登记该设备。</source>
        <translation>The package comes from device {}, which is not registered; refused. Register the device at the office first.</translation>
    </message>
    <message>
        <source>数据包来自已吊销的设备 {}，已拒收。</source>
        <translation>The package comes from the revoked device {}; refused.</translation>
    </message>
    <message>
        <source>数据包清单的签名与设备 {} 的登记公钥不符，可能被改动或冒充，已拒收。</source>
        <translation>The manifest&apos;s signature does not match the registered public key of device {}; the package may have been changed or forged; refused.</translation>
    </message>
    <message>
        <source>数据包含有本程序不认识的数据表 {}，可能来自更新版本的程序。</source>
        <translation>The package holds the table {}, which this program does not know; it may come from a newer version of the program.</translation>
    </message>
    <message>
        <source>记录文件 {}.jsonl 不是 UTF-8 文本。</source>
        <translation>The record file {}.jsonl is not UTF-8 text.</translation>
    </message>
    <message>
        <source>记录文件 {}.jsonl 第 {} 行缺少 row。</source>
        <translation>The record file {}.jsonl has no row on line {}.</translation>
    </message>
    <message>
        <source>记录文件 {}.jsonl 第 {} 行的 schema 不是正整数。</source>
        <translation>Record file {}.jsonl line {}: schema is not a positive integer.</translation>
    </message>
    <message>
        <source>记录文件 {}.jsonl 第 {} 行的数据结构版本较新，请先升级办公室的程序。</source>
        <translation>The record file {}.jsonl has a newer data schema on line {}; upgrade the office&apos;s program first.</translation>
    </message>
    <message>
        <source>数据包中 {} 的记录 {} 出现两次且内容不同，已拒收。</source>
        <translation>The package holds the {} record {} twice with different contents; refused.</translation>
    </message>
    <message>
        <source>清单写有 {} 条 {} 记录，记录文件中实际有 {} 条。</source>
        <translation>The manifest lists {} records of {}, but the record file holds {}.</translation>
    </message>
    <message>
        <source>数据包中的记录引用了不存在的记录或违反了数据库约束，整包未导入（{}）。</source>
        <translation>Records in the package refer to records that do not exist or break a database constraint; nothing in the package was imported ({}).</translation>
    </message>
    <message>
        <source>数据包中的文件 “{}” 会写到数据目录之外，已拒收。</source>
        <translation>The file “{}” in the package would be written outside the data folder; refused.</translation>
    </message>
    <message>
        <source>数据包中的文件 “{}” 与办公室已有的同名文件内容不同，整包未导入。</source>
        <translation>The file “{}” in the package differs from the office&apos;s file of the same name; nothing in the package was imported.</translation>
    </message>
    <message>
        <source>密钥编码无效（不是 base64）。</source>
        <translation>The key encoding is not valid (not base64).</translation>
    </message>
    <message>
        <source>Ed25519 公钥长度应为 32 字节。</source>
        <translation>An Ed25519 public key must be 32 bytes long.</translation>
    </message>
    <message>
        <source>X25519 公钥长度应为 32 字节。</source>
        <translation>An X25519 public key must be 32 bytes long.</translation>
    </message>
    <message>
        <source>私钥 {} 已用口令加密：请输入密钥口令，或设置环境变量 INSPECTOR_KEY_PASSPHRASE。</source>
        <translation>The private key {} is encrypted: enter the key passphrase, or set the environment variable INSPECTOR_KEY_PASSPHRASE.</translation>
    </message>
    <message>
        <source>密钥口令不正确（{}）。</source>
        <translation>The key passphrase is wrong ({}).</translation>
    </message>
    <message>
        <source>无法读取私钥文件 {}：{}</source>
        <translation>Cannot read the private key file {}: {}</translation>
    </message>
    <message>
        <source>{} 不是 Ed25519 私钥。</source>
        <translation>{} is not an Ed25519 private key.</translation>
    </message>
    <message>
        <source>{} 不是 X25519 私钥。</source>
        <translation>{} is not an X25519 private key.</translation>
    </message>
    <message>
        <source>{} 的记录 {} 声称由另一台设备 {} 创建；数据包只能写本设备的记录，或更新办公室下发的登记记录，已拒收。</source>
        <translation>{} record {} claims another device {} as its creator; a package may only write its own device&apos;s records, or update register records the office delivered; refused.</translation>
    </message>
    <message>
        <source>{} 的记录 {} 只能新增不能修改，而数据包中的内容与已有的不同。</source>
        <translation>The {} record {} can only be added, not changed, and the package&apos;s content differs from the existing one.</translation>
    </message>
    <message>
        <source>这不是巡查助手的数据包（清单格式不对）。</source>
        <translation>This is not an Inspector package (the manifest format is wrong).</translation>
    </message>
    <message>
        <source>数据包清单的 format_version 不是正整数。</source>
        <translation>The package manifest&apos;s format_version is not a positive integer.</translation>
    </message>
    <message>
        <source>数据包格式来自更新版本的程序，请先升级办公室的程序。</source>
        <translation>The package format comes from a newer version of the program; upgrade the office&apos;s program first.</translation>
    </message>
    <message>
        <source>红黑榜公告</source>
        <translation>Red and black list bulletin</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>签名后被修改</source>
        <translation>Changed after signing</translation>
    </message>
    <message>
        <source>签名无效</source>
        <translation>Signature invalid</translation>
    </message>
    <message>
        <source>未签名</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <source>不受信任</source>
        <translation>Not trusted</translation>
    </message>
    <message>
        <source>结论：{}</source>
        <translation>Verdict: {}</translation>
    </message>
    <message>
        <source>证书指纹 SHA-256：{}</source>
        <translation>Certificate fingerprint SHA-256: {}</translation>
    </message>
    <message>
        <source>证书在本单位信任列表中：{}</source>
        <translation>Certificate in this office&apos;s trust list: {}</translation>
    </message>
    <message>
        <source>签名人是记录上的检查人员：是</source>
        <translation>Signer is an inspector named on the record: yes</translation>
    </message>
    <message>
        <source>签名人是记录上的检查人员：否（记录上的检查人员为 {}）</source>
        <translation>Signer is an inspector named on the record: no (the record names {})</translation>
    </message>
    <message>
        <source>摘要与数据库相同，但文件签名无效或缺失，不能据此认定文书有效</source>
        <translation>same hash as the database, but the file&apos;s signature is invalid or missing, so this does not make the document valid</translation>
    </message>
    <message>
        <source>注意：本文件已被第 {} 版取代</source>
        <translation>Note: this file has been superseded by version {}</translation>
    </message>
    <message>
        <source>起点</source>
        <translation>Start point</translation>
    </message>
    <message>
        <source>终点</source>
        <translation>End point</translation>
    </message>
    <message>
        <source>测量工具</source>
        <translation>Measuring tool</translation>
    </message>
    <message>
        <source>GPS 精度 {:g} 米不可能用于测距（最多 {} 米），未保存。</source>
        <translation>A GPS accuracy of {:g} m cannot be used to measure a distance (at most {} m); not saved.</translation>
    </message>
    <message>
        <source>实测距离 {:.1f} 米与按坐标计算的直线距离 {:.1f} 米相差悬殊。</source>
        <translation>The measured distance {:.1f} m is far from the straight line of {:.1f} m computed from the coordinates.</translation>
    </message>
    <message>
        <source>主检查员</source>
        <translation>Lead inspector</translation>
    </message>
    <message>
        <source>主检查员证件号</source>
        <translation>Lead inspector&apos;s ID number</translation>
    </message>
    <message>
        <source>协检员</source>
        <translation>Second inspector</translation>
    </message>
    <message>
        <source>协检员证件号</source>
        <translation>Second inspector&apos;s ID number</translation>
    </message>
    <message>
        <source>检查地点</source>
        <translation>Place of inspection</translation>
    </message>
    <message>
        <source>导出数据包</source>
        <translation>export the package</translation>
    </message>
    <message>
        <source>{}如确认无误，请确认后再保存。</source>
        <translation>{} If it is right, confirm it to save.</translation>
    </message>
    <message>
        <source>“{}”最多 {} 个字，现为 {} 个字，未保存</source>
        <translation>“{}” holds at most {} characters, {} were entered; not saved</translation>
    </message>
    <message>
        <source>联系电话“{}”不像电话号码（应有 {} 到 {} 位数字，可含 - + 空格 转）</source>
        <translation>The phone number “{}” does not look like one ({} to {} digits expected; - + spaces and 转 allowed)</translation>
    </message>
    <message>
        <source>统一社会信用代码“{}”有 {} 位，最多 {} 位，未保存</source>
        <translation>The unified social credit code “{}” has {} characters, at most {} allowed; not saved</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>网格</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>证照种类</source>
        <translation>Licence type</translation>
    </message>
    <message>
        <source>证照编号</source>
        <translation>Licence number</translation>
    </message>
    <message>
        <source>坐标点名称</source>
        <translation>Point name</translation>
    </message>
    <message>
        <source>第 {} 个证照：{}</source>
        <translation>Licence {}: {}</translation>
    </message>
    <message>
        <source>检查员姓名</source>
        <translation>Inspector name</translation>
    </message>
    <message>
        <source>检查员证件号</source>
        <translation>Inspector ID number</translation>
    </message>
    <message>
        <source>{}，第 {} 行：{}</source>
        <translation>{}, row {}: {}</translation>
    </message>
    <message>
        <source>{}，第 {} 行，{} 列：{}</source>
        <translation>{}, row {}, column {}: {}</translation>
    </message>
    <message>
        <source>无法读取 {}：应为 UTF-8 编码的 CSV（{}）。</source>
        <translation>Cannot read {}: it should be a UTF-8 CSV file ({}).</translation>
    </message>
    <message>
        <source>找不到文件 {}。</source>
        <translation>File {} not found.</translation>
    </message>
    <message>
        <source>无法打开工作簿 {}：应为 .xlsx 文件（{}）。</source>
        <translation>Cannot open the workbook {}: it should be an .xlsx file ({}).</translation>
    </message>
    <message>
        <source>未知的列 {!r}（可用的列见 docs/templates.md）</source>
        <translation>Unknown column {!r} (docs/templates.md lists the columns)</translation>
    </message>
    <message>
        <source>缺少中文文字</source>
        <translation>Chinese text missing</translation>
    </message>
    <message>
        <source>有英文而没有中文</source>
        <translation>English given without Chinese</translation>
    </message>
    <message>
        <source>应为数字，实为 {!r}</source>
        <translation>Should be a number, found {!r}</translation>
    </message>
    <message>
        <source>应为 yes 或 no，实为 {!r}</source>
        <translation>Should be yes or no, found {!r}</translation>
    </message>
    <message>
        <source>工作簿缺少工作表 {}</source>
        <translation>The workbook has no sheet {}</translation>
    </message>
    <message>
        <source>settings 表第 2 行应填写 form_id、version 等</source>
        <translation>Row 2 of the settings sheet should give form_id, version and the rest</translation>
    </message>
    <message>
        <source>应为正整数，实为 {!r}</source>
        <translation>Should be a positive whole number, found {!r}</translation>
    </message>
    <message>
        <source>缺少 {}</source>
        <translation>{} missing</translation>
    </message>
    <message>
        <source>缺少 type</source>
        <translation>type missing</translation>
    </message>
    <message>
        <source>分组不能嵌套：第 {} 行开始的分组还没有结束</source>
        <translation>Groups cannot be nested: the group begun on row {} has not ended</translation>
    </message>
    <message>
        <source>{} 前没有对应的开始行</source>
        <translation>{} without a matching begin row</translation>
    </message>
    <message>
        <source>第 {} 行开始的分组应以 {} 结束</source>
        <translation>The group begun on row {} should end with {}</translation>
    </message>
    <message>
        <source>检查项应在 begin_group 与 end_group 之间（分组即分节）</source>
        <translation>Items belong between begin_group and end_group (a group is a section)</translation>
    </message>
    <message>
        <source>这一行开始的分组没有用 {} 结束</source>
        <translation>The group begun on this row is not closed with {}</translation>
    </message>
    <message>
        <source>分组需要 name（分节代码）</source>
        <translation>A group needs a name (the section code)</translation>
    </message>
    <message>
        <source>分组行只用 name、label、relevant</source>
        <translation>A group row uses only name, label and relevant</translation>
    </message>
    <message>
        <source>select_one 后应写选项列表名</source>
        <translation>Write the choice list&apos;s name after select_one</translation>
    </message>
    <message>
        <source>choices 表中没有选项列表 {!r}</source>
        <translation>The choices sheet has no list {!r}</translation>
    </message>
    <message>
        <source>未知的 type {!r}（可用：{}）</source>
        <translation>Unknown type {!r} (available: {})</translation>
    </message>
    <message>
        <source>检查项需要 name（检查项代码）</source>
        <translation>An item needs a name (the item code)</translation>
    </message>
    <message>
        <source>name {!r} 重复（第 {} 行已用过）</source>
        <translation>name {!r} repeated (already used on row {})</translation>
    </message>
    <message>
        <source>{} 中已有 {} 第 {} 版，内容不同：请在 settings 表中提高 version 后再导入。</source>
        <translation>{} already holds {} version {} with other content: raise version in the settings sheet, then import.</translation>
    </message>
    <message>
        <source>无法写入模板文件夹 {}：{}</source>
        <translation>Cannot write to the template folder {}: {}</translation>
    </message>
    <message>
        <source>写入的模板与工作簿内容不一致，已撤销。</source>
        <translation>The written template did not match the workbook; it was removed.</translation>
    </message>
    <message>
        <source>黑榜候选（红线）</source>
        <translation>Blacklist candidate (red line)</translation>
    </message>
    <message>
        <source>保存文书</source>
        <translation>save the document</translation>
    </message>
    <message>
        <source>距离不足（不合格）</source>
        <translation>Too close (fails)</translation>
    </message>
    <message>
        <source>符合距离要求</source>
        <translation>Meets the distance rule</translation>
    </message>
    <message>
        <source>无法计算</source>
        <translation>Cannot be computed</translation>
    </message>
    <message>
        <source>数据包清单缺少数据结构版本 schema_version。</source>
        <translation>The package manifest has no data schema version (schema_version).</translation>
    </message>
    <message>
        <source>数据包的数据结构版本为 {}，本程序只支持到 {}，请先升级办公室的程序。</source>
        <translation>The package&apos;s data schema version is {}, but this program supports up to {}; upgrade the office&apos;s program first.</translation>
    </message>
    <message>
        <source>{} 的记录 {} 属于另一台设备的 {} {}，数据包只能写本设备的记录，已拒收。</source>
        <translation>{} record {} belongs to {} {} of another device; a package may only write its own device&apos;s records; refused.</translation>
    </message>
    <message>
        <source>distance_measurement 的记录 {} 的距离 {} 米超出可能的范围（{}），已拒收。</source>
        <translation>The distance_measurement record {} has a distance of {} m outside the possible range ({}); refused.</translation>
    </message>
    <message>
        <source>answer 的记录 {} 的数值 {} 超出检查项 {} 可能的范围（{}），已拒收。</source>
        <translation>The answer record {} has the value {}, outside the possible range of item {} ({}); refused.</translation>
    </message>
    <message>
        <source>数据包不是完整的 zip 文件（可能在复制时被截断或损坏）。</source>
        <translation>The package is not a complete zip file (it may have been cut short or damaged while copying).</translation>
    </message>
    <message>
        <source>数据包含有 {} 个文件，超过上限 {}。</source>
        <translation>The package holds {} files, more than the limit of {}.</translation>
    </message>
    <message>
        <source>数据包中的路径 “{}…” 过长：每一级名称最多 {} 字节（UTF-8），整个路径最多 {} 个字符，已拒收。</source>
        <translation>The path &quot;{}…&quot; in the package is too long: each name at most {} bytes (UTF-8), the whole path at most {} characters; refused.</translation>
    </message>
    <message>
        <source>数据包中的路径 “{}” 不安全（可能指向数据目录之外），已拒收。</source>
        <translation>The path “{}” in the package is unsafe (it may point outside the data folder); refused.</translation>
    </message>
    <message>
        <source>数据包中的文件 “{}” 出现了不止一次。</source>
        <translation>The file “{}” appears more than once in the package.</translation>
    </message>
    <message>
        <source>数据包中有加密的 zip 条目，本程序不接受。</source>
        <translation>The package has encrypted zip entries, which this program does not accept.</translation>
    </message>
    <message>
        <source>数据包中的文件 “{}” 过大（{} 字节）。</source>
        <translation>The file “{}” in the package is too large ({} bytes).</translation>
    </message>
    <message>
        <source>数据包中的文件 “{}” 压缩比异常（疑似 zip 炸弹），已拒收。</source>
        <translation>The file “{}” in the package has an abnormal compression ratio (possibly a zip bomb); refused.</translation>
    </message>
    <message>
        <source>数据包解压后共 {} 字节，超过上限 {} 字节（疑似 zip 炸弹）。</source>
        <translation>The package unpacks to {} bytes, more than the limit of {} bytes (possibly a zip bomb).</translation>
    </message>
    <message>
        <source>数据包中缺少文件 “{}”。</source>
        <translation>The file “{}” is missing from the package.</translation>
    </message>
    <message>
        <source>数据包中的文件 “{}” 已损坏或被截断。</source>
        <translation>The file “{}” in the package is damaged or cut short.</translation>
    </message>
    <message>
        <source>数据包中的文件 “{}” 使用了不支持的压缩方式，已拒收。</source>
        <translation>The file &quot;{}&quot; in the package uses a compression method that is not supported; refused.</translation>
    </message>
    <message>
        <source>数据包中的文件 “{}” 比清单写的更大。</source>
        <translation>The file “{}” in the package is larger than the manifest says.</translation>
    </message>
    <message>
        <source>键 “{}” 出现了两次</source>
        <translation>the key &quot;{}&quot; appears twice</translation>
    </message>
    <message>
        <source>含有 JSON 不允许的值 {}</source>
        <translation>it holds {}, which JSON does not allow</translation>
    </message>
    <message>
        <source>整数 {}… 超出 64 位整数的范围</source>
        <translation>the integer {}… is outside the 64-bit range</translation>
    </message>
    <message>
        <source>整数 {} 超出 64 位整数的范围</source>
        <translation>the integer {} is outside the 64-bit range</translation>
    </message>
    <message>
        <source>数字 {}… 过长</source>
        <translation>the number {}… is too long</translation>
    </message>
    <message>
        <source>数字 {} 超出浮点数的范围</source>
        <translation>the number {} is outside the floating-point range</translation>
    </message>
    <message>
        <source>长度 {} 字节，超过上限 {} 字节</source>
        <translation>it is {} bytes long, over the limit of {} bytes</translation>
    </message>
    <message>
        <source>不是 UTF-8 文本</source>
        <translation>it is not UTF-8 text</translation>
    </message>
    <message>
        <source>嵌套 {} 层，超过上限 {} 层</source>
        <translation>it nests {} levels deep, over the limit of {}</translation>
    </message>
    <message>
        <source>不是有效的 JSON</source>
        <translation>it is not valid JSON</translation>
    </message>
    <message>
        <source>{} 中有一条记录不是 JSON 对象。</source>
        <translation>A record in {} is not a JSON object.</translation>
    </message>
    <message>
        <source>{} 的记录含有本程序不认识的字段 {}，可能来自更新版本的程序。</source>
        <translation>The {} records have fields this program does not know ({}); they may come from a newer version of the program.</translation>
    </message>
    <message>
        <source>{} 的记录缺少字段 {}。</source>
        <translation>The {} records lack the fields {}.</translation>
    </message>
    <message>
        <source>记录字段 {}.{} 不能为空。</source>
        <translation>The record field {}.{} must not be empty.</translation>
    </message>
    <message>
        <source>记录字段 {}.{} 的值类型不对或超长。</source>
        <translation>The value of the record field {}.{} has the wrong type or is too long.</translation>
    </message>
    <message>
        <source>{} 的记录缺少 id。</source>
        <translation>A {} record has no id.</translation>
    </message>
    <message>
        <source>{}没有完成：存储空间已满（{}）。请删除不需要的文件或换一个空间足够的位置后重试；之前已保存的内容不受影响。</source>
        <translation>Could not {}: the storage is full ({}). Delete files you do not need or choose a place with enough space, then try again; what was saved before is not affected.</translation>
    </message>
    <message>
        <source>{}没有完成：{} 是只读的或没有写入权限。请检查存储设备的写保护开关和文件夹权限，或换一个可写的位置后重试。</source>
        <translation>Could not {}: {} is read-only or not writable. Check the device&apos;s write-protect switch and the folder&apos;s permissions, or choose a writable place, then try again.</translation>
    </message>
    <message>
        <source>{}没有完成：读写 {} 时出现输入/输出错误，存储设备可能有故障或已被拔出。请检查或更换存储设备，并尽快备份数据。</source>
        <translation>Could not {}: an input/output error occurred on {}; the storage device may be failing or was removed. Check or replace the device and back up your data soon.</translation>
    </message>
    <message>
        <source>{}没有完成：数据库 {} 正被另一个程序使用。请稍后重试，或关闭另一个程序。</source>
        <translation>Could not {}: the database {} is in use by another program. Try again later, or close the other program.</translation>
    </message>
    <message>
        <source>{}没有完成：数据库文件 {} 已损坏。请从最近的备份恢复。</source>
        <translation>Could not {}: the database file {} is damaged. Restore the latest backup.</translation>
    </message>
    <message>
        <source>{}没有完成：找不到 {}。请检查路径是否正确、存储设备是否已连接。</source>
        <translation>Could not {}: {} was not found. Check the path and that the storage device is connected.</translation>
    </message>
    <message>
        <source>{}没有完成：{}（{}）。</source>
        <translation>Could not {}: {} ({}).</translation>
    </message>
    <message>
        <source>命令“{}”</source>
        <translation>run the command “{}”</translation>
    </message>
    <message>
        <source>存储设备</source>
        <translation>the storage device</translation>
    </message>
    <message>
        <source>数据库 {} 已损坏（完整性检查：{}）。</source>
        <translation>The database {} is damaged (integrity check: {}).</translation>
    </message>
    <message>
        <source>进程 {}（{}，主机 {}，自 {} 起）</source>
        <translation>process {} ({}, host {}, since {})</translation>
    </message>
    <message>
        <source>数据目录 {} 正被另一个程序使用，请先关闭它再试。</source>
        <translation>The data folder {} is in use by another program: close it, then try again.</translation>
    </message>
    <message>
        <source>数据目录 {} 正被{}使用：同一时间只能有一个程序修改数据。请先关闭它，或等它完成后再试。</source>
        <translation>The data folder {} is in use by {}: only one program at a time may change the data. Close it, or wait until it has finished, then try again.</translation>
    </message>
    <message>
        <source>数据目录 {} 正在恢复备份或升级数据库，请稍后再试。</source>
        <translation>A backup is being restored or the database upgraded in the data folder {}: try again in a moment.</translation>
    </message>
    <message>
        <source>{}正在读取数据目录 {}：它结束之前不能恢复备份或升级数据库。</source>
        <translation>{} is reading the data folder {}: a backup cannot be restored nor the database upgraded until it has finished.</translation>
    </message>
    <message>
        <source>无法打开数据库 {}：缺少数据库驱动 {}。PostgreSQL 数据库需要安装 inspector[postgres]。</source>
        <translation>Cannot open the database {}: the database driver {} is missing. A PostgreSQL database needs inspector[postgres] installed.</translation>
    </message>
    <message>
        <source>打开数据库</source>
        <translation>open the database</translation>
    </message>
    <message>
        <source>无法打开数据库 {}：{}</source>
        <translation>Cannot open the database {}: {}</translation>
    </message>
    <message>
        <source>{} 不是本程序的数据库（已有数据表但没有版本标记），未作任何修改。</source>
        <translation>{} is not a database of this program (it has tables but no version mark); nothing was changed.</translation>
    </message>
    <message>
        <source>数据库 {} 来自更新版本的程序（版本 {}），本版本无法打开。请升级程序；数据库未作任何修改。</source>
        <translation>The database {} comes from a newer version of the program (version {}) and this version cannot open it. Please upgrade the program; the database was not changed.</translation>
    </message>
    <message>
        <source>表达式第 {} 个字符处无法理解：{}</source>
        <translation>Expression not understood at character {}: {}</translation>
    </message>
    <message>
        <source>表达式无法理解：{}</source>
        <translation>Expression not understood: {}</translation>
    </message>
    <message>
        <source>表达式应为比较或 selected(…)，不是单独的值：{}</source>
        <translation>The expression should be a comparison or selected(…), not a single value: {}</translation>
    </message>
    <message>
        <source>selected() 只能用于选择项，${{{}}} 是 {}</source>
        <translation>selected() works only on choice items; ${{{}}} is {}</translation>
    </message>
    <message>
        <source>${{{}}} 没有选项 {!r}</source>
        <translation>${{{}}} has no option {!r}</translation>
    </message>
    <message>
        <source>“.”（本项的值）只能用于 constraint，不能用于 relevant</source>
        <translation>&quot;.&quot; (this item&apos;s value) belongs in constraint, not in relevant</translation>
    </message>
    <message>
        <source>类型不符：{} 项不能与{}比较</source>
        <translation>Type mismatch: a {} item cannot be compared with {}</translation>
    </message>
    <message>
        <source>类型不符：{} 项只能用 = 或 != 比较</source>
        <translation>Type mismatch: a {} item can only be compared with = or !=</translation>
    </message>
    <message>
        <source>取值 {!r} 不是 {} 之一</source>
        <translation>The value {!r} is not one of {}</translation>
    </message>
    <message>
        <source>营业执照注册号“{}”的校验位有误</source>
        <translation>The business registration number &quot;{}&quot; has a wrong check digit</translation>
    </message>
    <message>
        <source>统一社会信用代码“{}”应为 18 位（现为 {} 位）</source>
        <translation>The credit code &quot;{}&quot; should have 18 characters (it has {})</translation>
    </message>
    <message>
        <source>统一社会信用代码“{}”的校验位有误：第 18 位应为“{}”</source>
        <translation>The credit code &quot;{}&quot; has a wrong check character: the 18th should be &quot;{}&quot;</translation>
    </message>
    <message>
        <source>统一社会信用代码“{}”含有不允许的字符</source>
        <translation>The credit code &quot;{}&quot; contains characters that are not allowed</translation>
    </message>
    <message>
        <source>坐标系“{}”无法识别，应为 WGS-84、CGCS2000、GCJ-02 或 BD-09</source>
        <translation>Unknown datum &quot;{}&quot;: use WGS-84, CGCS2000, GCJ-02 or BD-09</translation>
    </message>
    <message>
        <source>坐标系“{}”无法识别</source>
        <translation>Unknown datum &quot;{}&quot;</translation>
    </message>
    <message>
        <source>纬度 {} 超出范围（-90 到 90）</source>
        <translation>Latitude {} is out of range (-90 to 90)</translation>
    </message>
    <message>
        <source>经度 {} 超出范围（-180 到 180）</source>
        <translation>Longitude {} is out of range (-180 to 180)</translation>
    </message>
    <message>
        <source>无法识别坐标 {!r}</source>
        <translation>Cannot read the coordinate {!r}</translation>
    </message>
    <message>
        <source>坐标应为“纬度, 经度”两个数，如 25.79, 113.04；收到 {!r}</source>
        <translation>Coordinates must be two numbers, “latitude, longitude”, e.g. 25.79, 113.04; got {!r}</translation>
    </message>
    <message>
        <source>策略项 {} 应为数字，实际为 {!r}</source>
        <translation>The policy setting {} must be a number, not {!r}</translation>
    </message>
    <message>
        <source>策略项 {} 应为 true 或 false，实际为 {!r}</source>
        <translation>The policy setting {} must be true or false, not {!r}</translation>
    </message>
    <message>
        <source>策略文件的顶层应为键值表</source>
        <translation>The top level of the policy file must be a table of keys and values</translation>
    </message>
    <message>
        <source>combination 应为 {} 或 {}，实际为 {!r}</source>
        <translation>combination must be {} or {}, not {!r}</translation>
    </message>
    <message>
        <source>cases.on_reinspection_fail.{} 应为 overdue 或 escalated</source>
        <translation>cases.on_reinspection_fail.{} must be overdue or escalated</translation>
    </message>
    <message>
        <source>月份应在 1–12 之间：{}</source>
        <translation>The month must be between 1 and 12: {}</translation>
    </message>
    <message>
        <source>季度应在 1–4 之间：{}</source>
        <translation>The quarter must be between 1 and 4: {}</translation>
    </message>
    <message>
        <source>期间“{}”无效：{}</source>
        <translation>The period “{}” is not valid: {}</translation>
    </message>
    <message>
        <source>无法识别的期间“{}”：请写成月份 2026-10 或季度 2026Q4。</source>
        <translation>Cannot read the period “{}”: write a month as 2026-10 or a quarter as 2026Q4.</translation>
    </message>
    <message>
        <source>检查项 {} 的数值 {} 不可能成立（允许 {}），请核对后重新输入。</source>
        <translation>Item {}: the value {} is impossible (allowed: {}); check it and enter it again.</translation>
    </message>
    <message>
        <source>检查项 {} 的数值 {} 远超出通常范围（{}）。</source>
        <translation>Item {}: the value {} is far outside the usual range ({}).</translation>
    </message>
    <message>
        <source>plausible 只适用于计数项（count）和测量项（measurement）</source>
        <translation>plausible applies only to count and measurement items</translation>
    </message>
    <message>
        <source>plausible 应写成 {min: …} 或 {max: …} 或两者</source>
        <translation>plausible should be written {min: …}, {max: …} or both</translation>
    </message>
    <message>
        <source>plausible 中有未知字段 {!r}（只支持 min、max）</source>
        <translation>plausible has an unknown field {!r} (only min and max)</translation>
    </message>
    <message>
        <source>plausible.min 大于 plausible.max</source>
        <translation>plausible.min is greater than plausible.max</translation>
    </message>
    <message>
        <source>{} {} 超出该单位可能的范围（{}）</source>
        <translation>{} {} is outside the possible range of the unit ({})</translation>
    </message>
    <message>
        <source>{} 应为非负的米数，实为 {!r}</source>
        <translation>{} must be a distance in metres of 0 or more, not {!r}</translation>
    </message>
    <message>
        <source>{} 应为映射（类型代码: 设置）</source>
        <translation>{} must be a mapping (type code: settings)</translation>
    </message>
    <message>
        <source>{} 中有未知的类型 {!r}</source>
        <translation>{} holds an unknown type {!r}</translation>
    </message>
    <message>
        <source>{}.{} 应为 {{enabled: …, limit_m: …}}</source>
        <translation>{}.{} must be {{enabled: …, limit_m: …}}</translation>
    </message>
    <message>
        <source>{}.{} 含未知字段 {}</source>
        <translation>{}.{} has unknown fields {}</translation>
    </message>
    <message>
        <source>{}.{}.method 应为 {} 之一</source>
        <translation>{}.{}.method must be one of {}</translation>
    </message>
    <message>
        <source>{}.{}.basis 应为文字</source>
        <translation>{}.{}.basis must be text</translation>
    </message>
    <message>
        <source>{}：距离政策应为映射（键: 值）</source>
        <translation>{}: the distance policy must be a mapping (key: value)</translation>
    </message>
    <message>
        <source>未知字段 {}</source>
        <translation>Unknown fields {}</translation>
    </message>
    <message>
        <source>deciding_method 应为 {} 之一，实为 {!r}</source>
        <translation>deciding_method must be one of {}, not {!r}</translation>
    </message>
    <message>
        <source>数据目录（默认：用户数据目录，或环境变量 INSPECTOR_DATA_DIR）</source>
        <translation>data folder (default: the user data folder, or the environment variable INSPECTOR_DATA_DIR)</translation>
    </message>
    <message>
        <source>数据库地址，如 postgresql+psycopg://…（默认：数据目录中的 SQLite）</source>
        <translation>database address, e.g. postgresql+psycopg://… (default: the SQLite file in the data folder)</translation>
    </message>
    <message>
        <source>在一份新的演示数据副本上打开程序</source>
        <translation>open the program on a fresh copy of the demo data</translation>
    </message>
    <message>
        <source>自检：打开数据库、加载模板、生成并验证签名 PDF</source>
        <translation>self-test: open the database, load the templates, make and verify a signed PDF</translation>
    </message>
    <message>
        <source>错误：{}</source>
        <translation>Error: {}</translation>
    </message>
    <message>
        <source>数据库信息与维护</source>
        <translation>database information and upkeep</translation>
    </message>
    <message>
        <source>子命令</source>
        <translation>subcommand</translation>
    </message>
    <message>
        <source>显示数据库路径、结构版本和日志模式</source>
        <translation>show the database path, schema version and journal mode</translation>
    </message>
    <message>
        <source>设定本数据目录使用的数据库（如办公室的 PostgreSQL）；--local 恢复使用目录内的 SQLite</source>
        <translation>set the database this data folder uses (e.g. the office&apos;s PostgreSQL); --local goes back to the SQLite file in the folder</translation>
    </message>
    <message>
        <source>数据库地址，如 postgresql+psycopg://user@host/db</source>
        <translation>database address, e.g. postgresql+psycopg://user@host/db</translation>
    </message>
    <message>
        <source>使用数据目录内的 SQLite 文件</source>
        <translation>use the SQLite file in the data folder</translation>
    </message>
    <message>
        <source>立即备份数据库（先做完整性检查）</source>
        <translation>back up the database now (after an integrity check)</translation>
    </message>
    <message>
        <source>列出备份（最新的在前）</source>
        <translation>list the backups (newest first)</translation>
    </message>
    <message>
        <source>用备份替换数据库（当前数据库先另存）；不写文件时用最近一份完好的备份</source>
        <translation>replace the database with a backup (the current one is kept aside first); without a file, the newest sound backup</translation>
    </message>
    <message>
        <source>备份文件</source>
        <translation>backup file</translation>
    </message>
    <message>
        <source>数据目录：{}</source>
        <translation>Data directory: {}</translation>
    </message>
    <message>
        <source>Inspector {} 自检 — {}，Python {}</source>
        <translation>Inspector {} self-test — {}, Python {}</translation>
    </message>
    <message>
        <source>数据库</source>
        <translation>database</translation>
    </message>
    <message>
        <source>模板</source>
        <translation>templates</translation>
    </message>
    <message>
        <source>证据文件</source>
        <translation>evidence files</translation>
    </message>
    <message>
        <source>中文字体</source>
        <translation>CJK font</translation>
    </message>
    <message>
        <source>系统库</source>
        <translation>system libraries</translation>
    </message>
    <message>
        <source>签名 PDF</source>
        <translation>signed PDF</translation>
    </message>
    <message>
        <source>验证签名</source>
        <translation>verify</translation>
    </message>
    <message>
        <source>自检失败：{} 项未通过</source>
        <translation>self-test FAILED: {} step(s)</translation>
    </message>
    <message>
        <source>自检通过</source>
        <translation>self-test passed</translation>
    </message>
    <message>
        <source>已新建，版本 {}</source>
        <translation>created, revision {}</translation>
    </message>
    <message>
        <source>已从 {} 升级，版本 {}</source>
        <translation>upgraded from {}, revision {}</translation>
    </message>
    <message>
        <source>已打开，版本 {}</source>
        <translation>opened, revision {}</translation>
    </message>
    <message>
        <source>{} 个证据文件缺失或被改动：{}{}</source>
        <translation>{} evidence file(s) missing or changed: {}{}</translation>
    </message>
    <message>
        <source>照片与签名图片均与存储的 SHA-256 一致</source>
        <translation>every photo and signature image matches its stored SHA-256</translation>
    </message>
    <message>
        <source>{} 中没有模板</source>
        <translation>no templates in {}</translation>
    </message>
    <message>
        <source>{} 个模板，{} 项</source>
        <translation>{} templates, {} items</translation>
    </message>
    <message>
        <source>{} Debian/Ubuntu：apt install fonts-wqy-microhei</source>
        <translation>{} Debian/Ubuntu: apt install fonts-wqy-microhei</translation>
    </message>
    <message>
        <source>不使用 X11 (xcb)，无需检查</source>
        <translation>not on X11 (xcb), nothing to check</translation>
    </message>
    <message>
        <source>Qt 的 X11 (xcb) 库齐全：{} 个均可载入</source>
        <translation>Qt&apos;s X11 (xcb) libraries: all {} load</translation>
    </message>
    <message>
        <source>{}，{} 字节，{}</source>
        <translation>{}, {} bytes, {}</translation>
    </message>
    <message>
        <source>自检单位</source>
        <translation>Self-test office</translation>
    </message>
    <message>
        <source>自检人员</source>
        <translation>Self-test inspector</translation>
    </message>
    <message>
        <source>现场检查记录 {}，{} 页，PAdES</source>
        <translation>inspection record {}, {} page(s), PAdES</translation>
    </message>
    <message>
        <source>完整、有效、受信任，签名覆盖整个文件，记录哈希与数据库一致；签名人 {}</source>
        <translation>intact, valid, trusted, covers the whole file, record hash matches the database; signer {}</translation>
    </message>
    <message>
        <source>无法载入自检用的密钥</source>
        <translation>cannot load the self-test key</translation>
    </message>
    <message>
        <source>应有 1 个签名，实有 {} 个</source>
        <translation>expected 1 signature, found {}</translation>
    </message>
    <message>
        <source>完整、有效、受信任；{} 页；字体已嵌入</source>
        <translation>intact, valid, trusted; {} page(s); font embedded</translation>
    </message>
    <message>
        <source>完整、有效、受信任；{} 页；字体未嵌入</source>
        <translation>intact, valid, trusted; {} page(s); font not embedded</translation>
    </message>
    <message>
        <source>界面</source>
        <translation>GUI</translation>
    </message>
    <message>
        <source>Qt {}（{}），{} 个页面</source>
        <translation>Qt {} ({}), {} pages</translation>
    </message>
    <message>
        <source>qtawesome 图标字体未能载入</source>
        <translation>the qtawesome icon font did not load</translation>
    </message>
    <message>
        <source>英文翻译（inspector_en.qm）未能载入</source>
        <translation>the English translation (inspector_en.qm) did not load</translation>
    </message>
    <message>
        <source>主窗口未能绘制</source>
        <translation>the main window did not render</translation>
    </message>
    <message>
        <source>打开了一个模态对话框（已由自检关闭）：{}</source>
        <translation>a modal dialog opened (closed by the self-test): {}</translation>
    </message>
    <message>
        <source>缺少图形界面（Qt 的 X11/xcb 平台插件）需要的系统库，请安装：sudo apt-get install {}</source>
        <translation>missing system libraries for Qt&apos;s X11 (xcb) platform plugin; install them: sudo apt-get install {}</translation>
    </message>
    <message>
        <source>直线不足限值，须实地测量步行距离后定论</source>
        <translation>Straight line under the limit: measure the walk on site before deciding</translation>
    </message>
    <message>
        <source>设置中的字体 {} 不可用：{}</source>
        <translation>The font in the settings, {}, cannot be used: {}</translation>
    </message>
    <message>
        <source>文件不存在</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <source>无法读取字体文件（{}）</source>
        <translation>the font file cannot be read ({})</translation>
    </message>
    <message>
        <source>字形为 PostScript/CFF 轮廓，reportlab 无法嵌入，请改用 TrueType 字体</source>
        <translation>its glyphs have PostScript/CFF outlines, which reportlab cannot embed; use a TrueType font instead</translation>
    </message>
    <message>
        <source>字体不含中文字形</source>
        <translation>the font has no Chinese glyphs</translation>
    </message>
    <message>
        <source>reportlab 无法使用该字体（{}）</source>
        <translation>reportlab cannot use this font ({})</translation>
    </message>
    <message>
        <source>PDF 字体：{}（嵌入子集）</source>
        <translation>PDF font: {} (embedded subset)</translation>
    </message>
    <message>
        <source>未找到可嵌入的中文 TrueType 字体，PDF 改用内置字体 STSong-Light（不嵌入字形，打开 PDF 的电脑须装有中文字体）。请在设置中指定字体文件，例如 simsun.ttc、msyh.ttc 或 wqy-microhei.ttc。</source>
        <translation>No Chinese TrueType font that can be embedded was found; the PDFs use the built-in font STSong-Light instead (its glyphs are not embedded, so the computer that opens the PDF must have a Chinese font). Name a font file in the settings, for example simsun.ttc, msyh.ttc or wqy-microhei.ttc.</translation>
    </message>
    <message>
        <source>集合中没有第 {} 个字体</source>
        <translation>the collection has no font number {}</translation>
    </message>
    <message>
        <source>不是 TrueType/OpenType 字体</source>
        <translation>not a TrueType/OpenType font</translation>
    </message>
    <message>
        <source>数据库：{}</source>
        <translation>Database: {}</translation>
    </message>
    <message>
        <source>结构版本：{}</source>
        <translation>Schema revision: {}</translation>
    </message>
    <message>
        <source>日志模式：{}</source>
        <translation>Journal mode: {}</translation>
    </message>
    <message>
        <source>同步级别：{}（2 = FULL）</source>
        <translation>Synchronous: {} (2 = FULL)</translation>
    </message>
    <message>
        <source>外键约束：开启</source>
        <translation>Foreign keys: on</translation>
    </message>
    <message>
        <source>外键约束：关闭</source>
        <translation>Foreign keys: off</translation>
    </message>
    <message>
        <source>完整性检查：通过</source>
        <translation>Integrity check: ok</translation>
    </message>
    <message>
        <source>服务器：{}</source>
        <translation>Server: {}</translation>
    </message>
    <message>
        <source>设备编号：{}</source>
        <translation>Device id: {}</translation>
    </message>
    <message>
        <source>已改用数据目录内的 SQLite 数据库：{}</source>
        <translation>Now using the SQLite database in the data directory: {}</translation>
    </message>
    <message>
        <source>无法连接数据库 {}：{}</source>
        <translation>Cannot connect to the database {}: {}</translation>
    </message>
    <message>
        <source>本数据目录今后使用数据库：{}</source>
        <translation>This data directory now uses the database: {}</translation>
    </message>
    <message>
        <source>已备份到 {}</source>
        <translation>Backed up to {}</translation>
    </message>
    <message>
        <source>备份文件夹：{}</source>
        <translation>Backup folder: {}</translation>
    </message>
    <message>
        <source>共 {} 份。</source>
        <translation>{} backup(s) in all.</translation>
    </message>
    <message>
        <source>当前数据库不是 SQLite 文件（如 PostgreSQL），请用数据库自身的工具恢复。</source>
        <translation>The current database is not an SQLite file (e.g. PostgreSQL); restore it with the database&apos;s own tools.</translation>
    </message>
    <message>
        <source>没有找到完好的备份。</source>
        <translation>No sound backup found.</translation>
    </message>
    <message>
        <source>已恢复备份 {}。损坏的数据库另存为 {}。</source>
        <translation>Restored the backup {}. The damaged database was kept as {}.</translation>
    </message>
    <message>
        <source>已恢复备份 {}。原数据库另存为 {}。</source>
        <translation>Restored the backup {}. The previous database was kept as {}.</translation>
    </message>
    <message>
        <source>检查每个照片和签名文件是否与存储的 SHA-256 一致（有问题时退出码 2）</source>
        <translation>check that every photo and signature file matches its stored SHA-256 (exit status 2 on problems)</translation>
    </message>
    <message>
        <source>已检查 {} 张照片、{} 个签名图片。</source>
        <translation>Checked {} photo(s) and {} signature image(s).</translation>
    </message>
    <message>
        <source>缺失：{}</source>
        <translation>MISSING: {}</translation>
    </message>
    <message>
        <source>不一致：{}</source>
        <translation>MISMATCH: {}</translation>
    </message>
    <message>
        <source>证据文件有问题：{} 个不一致，{} 个缺失。</source>
        <translation>Evidence problems: {} mismatched, {} missing.</translation>
    </message>
    <message>
        <source>全部证据文件一致。</source>
        <translation>All evidence files match.</translation>
    </message>
    <message>
        <source>演示数据</source>
        <translation>demo data</translation>
    </message>
    <message>
        <source>在一个新的（或空的）目录中生成演示数据</source>
        <translation>make demo data in a new (or empty) folder</translation>
    </message>
    <message>
        <source>目标数据目录</source>
        <translation>target data folder</translation>
    </message>
    <message>
        <source>演示数据已生成：{}</source>
        <translation>Demo data created: {}</translation>
    </message>
    <message>
        <source>场所：{} 个</source>
        <translation>Sites: {}</translation>
    </message>
    <message>
        <source>学校：{} 所</source>
        <translation>Schools: {}</translation>
    </message>
    <message>
        <source>生成签名的现场检查记录 PDF</source>
        <translation>make the signed on-site inspection record PDF</translation>
    </message>
    <message>
        <source>检查记录标识（可只写开头几位）</source>
        <translation>inspection record id (the first few characters are enough)</translation>
    </message>
    <message>
        <source>输出的 PDF 文件</source>
        <translation>PDF file to write</translation>
    </message>
    <message>
        <source>不做数字签名（仅供预览）</source>
        <translation>do not sign digitally (preview only)</translation>
    </message>
    <message>
        <source>生成签名的限期整改通知书 PDF</source>
        <translation>make the signed rectification notice PDF</translation>
    </message>
    <message>
        <source>项目编号=天数</source>
        <translation>ITEM=DAYS</translation>
    </message>
    <message>
        <source>修改某一项的整改期限，如 --days IC-03=10（可重复）</source>
        <translation>change one item&apos;s deadline, e.g. --days IC-03=10 (may be repeated)</translation>
    </message>
    <message>
        <source>一步生成签名的检查记录和（有不合格项时）整改通知书</source>
        <translation>make the signed inspection record and (when items failed) the rectification notice in one step</translation>
    </message>
    <message>
        <source>另存到此文件夹（默认只存于数据目录）</source>
        <translation>also save to this folder (default: only in the data folder)</translation>
    </message>
    <message>
        <source>登记整改通知书的送达时间，并生成回证写明送达时间的新版通知书</source>
        <translation>record when the rectification notice was served and make a new version whose receipt states that time</translation>
    </message>
    <message>
        <source>整改通知书编号（或检查记录标识的开头几位）</source>
        <translation>rectification notice number (or the first characters of the inspection record id)</translation>
    </message>
    <message>
        <source>实际送达时间（本地时间），如 2026-12-05 10:30</source>
        <translation>real time of service (local time), e.g. 2026-12-05 10:30</translation>
    </message>
    <message>
        <source>送达人姓名（默认：主办检查人员）</source>
        <translation>name of the person who served it (default: the lead inspector)</translation>
    </message>
    <message>
        <source>另存新版通知书到此文件</source>
        <translation>also save the new version of the notice to this file</translation>
    </message>
    <message>
        <source>验证 PDF 的数字签名：有效且受信任时退出码为 0</source>
        <translation>verify a PDF&apos;s digital signature: exit status 0 when valid and trusted</translation>
    </message>
    <message>
        <source>要验证的 PDF 文件</source>
        <translation>PDF file to verify</translation>
    </message>
    <message>
        <source>签名密钥、证书与信任列表</source>
        <translation>signing key, certificate and trust list</translation>
    </message>
    <message>
        <source>显示签名证书</source>
        <translation>show the signing certificate</translation>
    </message>
    <message>
        <source>生成密钥和自签名证书（口令取自环境变量或提示输入）</source>
        <translation>make a key and a self-signed certificate (passphrase from the environment or a prompt)</translation>
    </message>
    <message>
        <source>同时把证书加入本机信任列表</source>
        <translation>also add the certificate to this computer&apos;s trust list</translation>
    </message>
    <message>
        <source>导入单位签发的 PKCS#12（.p12/.pfx）证书</source>
        <translation>import a PKCS#12 (.p12/.pfx) certificate issued by your organisation</translation>
    </message>
    <message>
        <source>把证书文件加入信任列表</source>
        <translation>add a certificate file to the trust list</translation>
    </message>
    <message>
        <source>导出本人证书（交创建办加入信任列表）</source>
        <translation>export your own certificate (for the office to add to its trust list)</translation>
    </message>
    <message>
        <source>显示或设置信任列表文件夹</source>
        <translation>show or set the trust list folder</translation>
    </message>
    <message>
        <source>文书编号段</source>
        <translation>document number blocks</translation>
    </message>
    <message>
        <source>显示当前编号段和剩余数量</source>
        <translation>show the current number block and how many numbers are left</translation>
    </message>
    <message>
        <source>设置创建办分配的编号段</source>
        <translation>set the number block the office assigned</translation>
    </message>
    <message>
        <source>编号前缀，如 苏仙巡〔2026〕</source>
        <translation>number prefix, e.g. 苏仙巡〔2026〕</translation>
    </message>
    <message>
        <source>“{}”对应 {} 条检查记录，请多写几位。</source>
        <translation>“{}” matches {} inspection records; give more characters.</translation>
    </message>
    <message>
        <source>签名密钥口令：</source>
        <translation>Signing key passphrase: </translation>
    </message>
    <message>
        <source>再输入一次：</source>
        <translation>Once more: </translation>
    </message>
    <message>
        <source>两次输入的口令不一致。</source>
        <translation>The two passphrases do not match.</translation>
    </message>
    <message>
        <source>需要签名密钥口令：请设置环境变量 INSPECTOR_KEY_PASSPHRASE，或在终端中运行。</source>
        <translation>The signing key passphrase is needed: set the environment variable INSPECTOR_KEY_PASSPHRASE, or run this in a terminal.</translation>
    </message>
    <message>
        <source>警告：{}</source>
        <translation>Warning: {}</translation>
    </message>
    <message>
        <source>已签名</source>
        <translation>signed</translation>
    </message>
    <message>
        <source>{} {}（{} 页，{}）→ {}</source>
        <translation>{} {} ({} page(s), {}) → {}</translation>
    </message>
    <message>
        <source>--days {} 的格式应为 项目编号=天数，如 IC-03=10。</source>
        <translation>--days {} should be written ITEM=DAYS, e.g. IC-03=10.</translation>
    </message>
    <message>
        <source>已登记送达时间 {}。</source>
        <translation>Service recorded at {}.</translation>
    </message>
    <message>
        <source>整改通知书 {} 第 {} 版（{} 页，已签名）→ {}</source>
        <translation>Rectification notice {} version {} ({} page(s), signed) → {}</translation>
    </message>
    <message>
        <source>信任列表文件夹：{}</source>
        <translation>Trust list folder: {}</translation>
    </message>
    <message>
        <source>尚未生成签名密钥（首次签名时自动生成，或运行 inspector keys create）。</source>
        <translation>No signing key yet (one is made at the first signature, or run inspector keys create).</translation>
    </message>
    <message>
        <source>证书主体：{}</source>
        <translation>Certificate subject: {}</translation>
    </message>
    <message>
        <source>指纹 SHA-256：{}</source>
        <translation>SHA-256 fingerprint: {}</translation>
    </message>
    <message>
        <source>自签名</source>
        <translation>self-signed</translation>
    </message>
    <message>
        <source>单位签发（已导入）</source>
        <translation>issued by the unit (imported)</translation>
    </message>
    <message>
        <source>类型：演示用，无口令</source>
        <translation>Kind: demo, no passphrase</translation>
    </message>
    <message>
        <source>类型：{}</source>
        <translation>Kind: {}</translation>
    </message>
    <message>
        <source>口令保护：{}</source>
        <translation>Passphrase protected: {}</translation>
    </message>
    <message>
        <source>有效期至：{}</source>
        <translation>Valid until: {}</translation>
    </message>
    <message>
        <source>在信任列表中：{}</source>
        <translation>In the trust list: {}</translation>
    </message>
    <message>
        <source>已生成签名证书：{}</source>
        <translation>Signing certificate created: {}</translation>
    </message>
    <message>
        <source>PKCS#12 文件密码：</source>
        <translation>PKCS#12 file password: </translation>
    </message>
    <message>
        <source>已导入证书：{}</source>
        <translation>Certificate imported: {}</translation>
    </message>
    <message>
        <source>已加入信任列表：{}</source>
        <translation>Added to the trust list: {}</translation>
    </message>
    <message>
        <source>尚未生成签名密钥。</source>
        <translation>No signing key has been made yet.</translation>
    </message>
    <message>
        <source>证书已导出：{}</source>
        <translation>Certificate exported: {}</translation>
    </message>
    <message>
        <source>编号段：{}（临时编号段：请在设置中填写创建办分配的编号段）</source>
        <translation>Number block: {} (provisional: enter the block the campaign office assigned in the settings)</translation>
    </message>
    <message>
        <source>编号段：{}</source>
        <translation>Number block: {}</translation>
    </message>
    <message>
        <source>剩余：{}</source>
        <translation>Remaining: {}</translation>
    </message>
    <message>
        <source>编号段已设置：{}</source>
        <translation>Number block set: {}</translation>
    </message>
    <message>
        <source>生成红黑榜草稿（可发布）并导出 PDF 与 XLSX</source>
        <translation>make a red/black list draft (optionally publish it) and export PDF and XLSX</translation>
    </message>
    <message>
        <source>期间：月份 2026-10 或季度 2026Q4</source>
        <translation>period: a month 2026-10 or a quarter 2026Q4</translation>
    </message>
    <message>
        <source>类别：all（全部）、school_perimeter、market、window、public_place</source>
        <translation>category: all, school_perimeter, market, window, public_place</translation>
    </message>
    <message>
        <source>输出目录</source>
        <translation>output folder</translation>
    </message>
    <message>
        <source>期号</source>
        <translation>ISSUE</translation>
    </message>
    <message>
        <source>以此期号发布（冻结快照）后再导出</source>
        <translation>publish under this issue number (freezing a snapshot), then export</translation>
    </message>
    <message>
        <source>在公告中附上黑榜问题照片</source>
        <translation>add the photos of black-list problems to the bulletin</translation>
    </message>
    <message>
        <source>不签名</source>
        <translation>do not sign</translation>
    </message>
    <message>
        <source>导出期间统计报表（.pdf 含图表，或 .xlsx）</source>
        <translation>export the statistics for a period (.pdf with charts, or .xlsx)</translation>
    </message>
    <message>
        <source>季度，如 2026Q4</source>
        <translation>quarter, e.g. 2026Q4</translation>
    </message>
    <message>
        <source>月份，如 2026-10</source>
        <translation>month, e.g. 2026-10</translation>
    </message>
    <message>
        <source>输出文件 .pdf 或 .xlsx</source>
        <translation>output file, .pdf or .xlsx</translation>
    </message>
    <message>
        <source>整改事项</source>
        <translation>rectification follow-up</translation>
    </message>
    <message>
        <source>列出即将到期和逾期的整改事项（按期限、网格排序）</source>
        <translation>list rectifications soon due and overdue (by deadline, then grid)</translation>
    </message>
    <message>
        <source>只列逾期的</source>
        <translation>only the overdue ones</translation>
    </message>
    <message>
        <source>列出全部（含已办结）</source>
        <translation>list all (closed ones too)</translation>
    </message>
    <message>
        <source>只列此网格</source>
        <translation>only this grid</translation>
    </message>
    <message>
        <source>以 JSON 输出</source>
        <translation>output JSON</translation>
    </message>
    <message>
        <source>已发布（期号 {}）</source>
        <translation>published (issue {})</translation>
    </message>
    <message>
        <source>{} {}：红榜 {} 家，黑榜 {} 家，{}</source>
        <translation>{} {}: {} on the red list, {} on the black list, {}</translation>
    </message>
    <message>
        <source>--overdue 与 --all 不能同时使用。</source>
        <translation>--overdue and --all cannot be used together.</translation>
    </message>
    <message>
        <source>复发</source>
        <translation>repeat</translation>
    </message>
    <message>
        <source>（{}）</source>
        <translation>({})</translation>
    </message>
    <message>
        <source>共 {} 项。</source>
        <translation>{} case(s) in all.</translation>
    </message>
    <message>
        <source>日期应写作 YYYY-MM-DD，收到 {!r}</source>
        <translation>a date is written YYYY-MM-DD, got {!r}</translation>
    </message>
    <message>
        <source>检查记录：列表与详情</source>
        <translation>inspection records: list and details</translation>
    </message>
    <message>
        <source>列出检查记录（最新的在前）</source>
        <translation>list inspection records (newest first)</translation>
    </message>
    <message>
        <source>输出 JSON</source>
        <translation>output JSON</translation>
    </message>
    <message>
        <source>草稿或已完成</source>
        <translation>draft or completed</translation>
    </message>
    <message>
        <source>网格名称</source>
        <translation>grid name</translation>
    </message>
    <message>
        <source>场所类型代码，如 internet_cafe</source>
        <translation>site kind code, e.g. internet_cafe</translation>
    </message>
    <message>
        <source>主检查员姓名</source>
        <translation>lead inspector&apos;s name</translation>
    </message>
    <message>
        <source>场所编号</source>
        <translation>site id</translation>
    </message>
    <message>
        <source>开始日期 YYYY-MM-DD</source>
        <translation>start date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>结束日期 YYYY-MM-DD（含）</source>
        <translation>end date YYYY-MM-DD (inclusive)</translation>
    </message>
    <message>
        <source>最多列出条数（默认 200）</source>
        <translation>list at most this many (default 200)</translation>
    </message>
    <message>
        <source>跳过前若干条</source>
        <translation>skip this many first</translation>
    </message>
    <message>
        <source>显示一条检查记录（编号可只写前几位）</source>
        <translation>show one inspection record (the first few characters of the id are enough)</translation>
    </message>
    <message>
        <source>检查编号或其前缀（至少 4 位）</source>
        <translation>inspection id or its beginning (at least 4 characters)</translation>
    </message>
    <message>
        <source>符合</source>
        <translation>pass</translation>
    </message>
    <message>
        <source>不符合</source>
        <translation>fail</translation>
    </message>
    <message>
        <source>不适用</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>未答</source>
        <translation>unanswered</translation>
    </message>
    <message>
        <source>已答</source>
        <translation>answered</translation>
    </message>
    <message>
        <source>不涉及</source>
        <translation>not asked</translation>
    </message>
    <message>
        <source>--limit 和 --offset 不能为负数。</source>
        <translation>--limit and --offset cannot be negative.</translation>
    </message>
    <message>
        <source>⚠距离复测</source>
        <translation>⚠distance re-check</translation>
    </message>
    <message>
        <source>更正 {} 次</source>
        <translation>amended {} time(s)</translation>
    </message>
    <message>
        <source>{}  {}  {}  {}（{}，{}）  {}  {}{}</source>
        <translation>{}  {}  {}  {} ({}, {})  {}  {}{}</translation>
    </message>
    <message>
        <source>共 {} 条，显示 {} 条。</source>
        <translation>{} in all, {} shown.</translation>
    </message>
    <message>
        <source>检查编号：{}</source>
        <translation>Inspection id: {}</translation>
    </message>
    <message>
        <source>场所：{}（{}）  网格：{}</source>
        <translation>Site: {} ({})  Grid: {}</translation>
    </message>
    <message>
        <source>状态：{}  开始：{}</source>
        <translation>Status: {}  Started: {}</translation>
    </message>
    <message>
        <source>完成：{}  内容哈希：{}</source>
        <translation>Finished: {}  Content hash: {}</translation>
    </message>
    <message>
        <source>内容校验：一致，记录自完成后未被改动。</source>
        <translation>Content check: ok, the record is unchanged since it was finished.</translation>
    </message>
    <message>
        <source>内容校验：不一致！记录在完成后被改动过。</source>
        <translation>Content check: MISMATCH! The record was changed after it was finished.</translation>
    </message>
    <message>
        <source>更正：{} 次（原始答案保留，见 [更正] 标记）</source>
        <translation>Amendments: {} (the original answers are kept, see the [amended] marks)</translation>
    </message>
    <message>
        <source>{}（{}）</source>
        <translation>{} ({})</translation>
    </message>
    <message>
        <source>检查员：{}，{}</source>
        <translation>Inspectors: {}, {}</translation>
    </message>
    <message>
        <source>地点：{}  坐标：{}, {}</source>
        <translation>Location: {}  Coordinates: {}, {}</translation>
    </message>
    <message>
        <source>最近学校：{} 直线 {} 米（限值 {:g} 米）</source>
        <translation>Nearest school: {}, straight line {} m (limit {:g} m)</translation>
    </message>
    <message>
        <source>依据：{}</source>
        <translation>Basis: {}</translation>
    </message>
    <message>
        <source>得分：{}  结果：{}</source>
        <translation>Score: {}  Result: {}</translation>
    </message>
    <message>
        <source>[更正]</source>
        <translation>[amended]</translation>
    </message>
    <message>
        <source>测距 {}：{} 米  {} → {}</source>
        <translation>Measurement, {}: {} m  {} → {}</translation>
    </message>
    <message>
        <source>照片：{} 张</source>
        <translation>Photos: {}</translation>
    </message>
    <message>
        <source>给已登记设备分配文书编号段（不重叠），随配置包下发</source>
        <translation>assign document number blocks (not overlapping) to registered devices, sent with the office bundle</translation>
    </message>
    <message>
        <source>给一台设备分配下一个编号段</source>
        <translation>assign the next number block to a device</translation>
    </message>
    <message>
        <source>设备编号（可只写前几位）</source>
        <translation>device id (the first few characters are enough)</translation>
    </message>
    <message>
        <source>编号个数，如 500</source>
        <translation>how many numbers, e.g. 500</translation>
    </message>
    <message>
        <source>编号前缀（默认沿用上次分配的前缀）</source>
        <translation>number prefix (default: the prefix of the last block)</translation>
    </message>
    <message>
        <source>列出已分配的编号段及已用数量</source>
        <translation>list the assigned number blocks and how many numbers are used</translation>
    </message>
    <message>
        <source>已分配编号段 {}（{} 个）给设备 {}</source>
        <translation>Assigned the number block {} ({} numbers) to the device {}</translation>
    </message>
    <message>
        <source>下次生成的配置包会带上这个编号段。</source>
        <translation>The next office bundle will carry this block.</translation>
    </message>
    <message>
        <source>{}  {}  {}  已用 {}/{}</source>
        <translation>{}  {}  {}  used {}/{}</translation>
    </message>
    <message>
        <source>份数应为 1 到 99 的整数，收到 {!r}</source>
        <translation>copies must be a whole number from 1 to 99, got {!r}</translation>
    </message>
    <message>
        <source>打印签名的文书 PDF（经 CUPS，A4），并记入审计日志</source>
        <translation>print signed document PDFs (through CUPS, A4) and record it in the audit log</translation>
    </message>
    <message>
        <source>要打印的 PDF 文件（可多个）</source>
        <translation>PDF files to print (one or more)</translation>
    </message>
    <message>
        <source>打印机名称（默认：系统默认打印机）</source>
        <translation>printer name (default: the system&apos;s default printer)</translation>
    </message>
    <message>
        <source>份数（默认 1）</source>
        <translation>number of copies (default 1)</translation>
    </message>
    <message>
        <source>已打印 {}（{} 页 × {} 份）→ 打印机 {}，作业 {}</source>
        <translation>Printed {} ({} page(s) × {} copies) → printer {}, job {}</translation>
    </message>
    <message>
        <source>场所登记的导入与导出（CSV / XLSX）</source>
        <translation>import and export of the site register (CSV / XLSX)</translation>
    </message>
    <message>
        <source>导入场所：任何一行有误则全部不导入，列出错误并退出码 2</source>
        <translation>import sites: if any row is wrong nothing is imported, the errors are listed and the exit status is 2</translation>
    </message>
    <message>
        <source>导出全部场所（按文件后缀 .csv 或 .xlsx）</source>
        <translation>export all sites (.csv or .xlsx after the file&apos;s suffix)</translation>
    </message>
    <message>
        <source>学校登记的导入与导出（CSV / XLSX）</source>
        <translation>import and export of the school register (CSV / XLSX)</translation>
    </message>
    <message>
        <source>导入学校：任何一行有误则全部不导入，列出错误并退出码 2</source>
        <translation>import schools: if any row is wrong nothing is imported, the errors are listed and the exit status is 2</translation>
    </message>
    <message>
        <source>导出全部学校（按文件后缀 .csv 或 .xlsx）</source>
        <translation>export all schools (.csv or .xlsx after the file&apos;s suffix)</translation>
    </message>
    <message>
        <source>CSV（UTF-8 或 GBK）或 XLSX 文件</source>
        <translation>CSV (UTF-8 or GBK) or XLSX file</translation>
    </message>
    <message>
        <source>只导入有效的行，并列出跳过的行</source>
        <translation>import only the valid rows and list the skipped ones</translation>
    </message>
    <message>
        <source>原文=类型</source>
        <translation>TEXT=KIND</translation>
    </message>
    <message>
        <source>把表格中的场所类型“原文”当作该类型（代码或名称）导入，并记入本单位别名表；可重复</source>
        <translation>import the site kind TEXT of the table as this kind (code or name) and remember it in the local alias table; may be repeated</translation>
    </message>
    <message>
        <source>统一社会信用代码校验位有误的行仍导入，标记为未核验</source>
        <translation>import rows whose unified social credit code has a wrong check character anyway, marked unverified</translation>
    </message>
    <message>
        <source>表中坐标的坐标系（无“坐标系”列时）：WGS-84、CGCS2000、GCJ-02、BD-09</source>
        <translation>coordinate system of the table&apos;s coordinates (when it has no coordinate system column): WGS-84, CGCS2000, GCJ-02, BD-09</translation>
    </message>
    <message>
        <source>目标文件 .csv 或 .xlsx</source>
        <translation>target file, .csv or .xlsx</translation>
    </message>
    <message>
        <source>未使用的列：{}</source>
        <translation>Unused columns: {}</translation>
    </message>
    <message>
        <source>第 {} 行：{}（仍导入，标记为未核验）</source>
        <translation>Row {}: {} (imported all the same, marked unverified)</translation>
    </message>
    <message>
        <source>场所类型别名已记入本单位别名表：{}</source>
        <translation>Site kind aliases added to the unit&apos;s alias table: {}</translation>
    </message>
    <message>
        <source>已导入 {} 个场所（新增 {}，更新 {}）。</source>
        <translation>Imported {} site(s) ({} added, {} updated).</translation>
    </message>
    <message>
        <source>已导入 {} 所学校（新增 {}，更新 {}）。</source>
        <translation>Imported {} school(s) ({} added, {} updated).</translation>
    </message>
    <message>
        <source>{} 行的坐标未注明坐标系，已按 WGS-84 导入；如取自高德、腾讯或百度地图，请加“坐标系”列或用 --datum 重新导入。</source>
        <translation>The coordinates of {} row(s) name no datum and were imported as WGS-84; if they come from Amap, Tencent or Baidu maps, add a &quot;datum&quot; (坐标系) column or import again with --datum.</translation>
    </message>
    <message>
        <source>跳过 {} 行有误的数据。</source>
        <translation>Skipped {} row(s) with errors.</translation>
    </message>
    <message>
        <source>{}（{} 行）</source>
        <translation>{} ({} rows)</translation>
    </message>
    <message>
        <source>无法识别的场所类型：{}。用 --map-kind 原文=类型 指定（如 --map-kind 理发店=small_salon），或写入数据目录中的 site-kind-aliases.yaml。</source>
        <translation>Unknown site kinds: {}. Name their kind with --map-kind TEXT=KIND (e.g. --map-kind 理发店=small_salon), or write them into site-kind-aliases.yaml in the data directory.</translation>
    </message>
    <message>
        <source>{} 行的统一社会信用代码校验位有误；核对后改正，或使用 --accept-unchecked 仍导入并标记为未核验。</source>
        <translation>{} row(s) have a unified social credit code with a wrong check digit; correct them, or use --accept-unchecked to import them marked unverified.</translation>
    </message>
    <message>
        <source>{} 行有误，未导入任何场所。改正后重新导入，或使用 --skip-invalid 只导入有效的行。</source>
        <translation>{} row(s) have errors, no site was imported. Correct them and import again, or use --skip-invalid to import only the valid rows.</translation>
    </message>
    <message>
        <source>{} 行有误，未导入任何学校。改正后重新导入，或使用 --skip-invalid 只导入有效的行。</source>
        <translation>{} row(s) have errors, no school was imported. Correct them and import again, or use --skip-invalid to import only the valid rows.</translation>
    </message>
    <message>
        <source>已导出 {} 个场所到 {}。</source>
        <translation>Exported {} site(s) to {}.</translation>
    </message>
    <message>
        <source>已导出 {} 所学校到 {}。</source>
        <translation>Exported {} school(s) to {}.</translation>
    </message>
    <message>
        <source>从 GeoJSON 文件录入一所学校的校园边界（多边形，角点按顺序），或用 --export 导出</source>
        <translation>enter a school&apos;s campus boundary from a GeoJSON file (a polygon, corners in order), or write it out with --export</translation>
    </message>
    <message>
        <source>学校全称或系统编号</source>
        <translation>school&apos;s full name or id</translation>
    </message>
    <message>
        <source>GeoJSON 文件（[经度, 纬度]）</source>
        <translation>GeoJSON file ([longitude, latitude])</translation>
    </message>
    <message>
        <source>文件的坐标系：WGS-84、CGCS2000、GCJ-02、BD-09（默认 WGS-84）</source>
        <translation>coordinate system of the file: WGS-84, CGCS2000, GCJ-02, BD-09 (default WGS-84)</translation>
    </message>
    <message>
        <source>把已录入的边界写入 FILE</source>
        <translation>write the entered boundary to FILE</translation>
    </message>
    <message>
        <source>按现行方法复核受距离限制的场所：最近学校、距离、方法、结论，及与上次签署结论是否不同</source>
        <translation>recheck the sites under the distance rule with the current method: nearest school, distance, method, finding, and whether it differs from the last signed finding</translation>
    </message>
    <message>
        <source>已导出“{}”的校园边界（{} 个角点）到 {}。</source>
        <translation>Exported the campus boundary of &quot;{}&quot; ({} corners) to {}.</translation>
    </message>
    <message>
        <source>已录入“{}”的校园边界：{} 个角点。</source>
        <translation>Recorded the campus boundary of &quot;{}&quot;: {} corners.</translation>
    </message>
    <message>
        <source>定论方法：{}（政策对此类场所的规定）；上列为坐标计算的直线距离，步行距离不会短于它，只作下限核对，不作定论</source>
        <translation>Decided by: {} (the policy for this kind); the figure above is the straight line computed from coordinates, and a walk is never shorter, so it is only a lower bound to check against, not the decision</translation>
    </message>
    <message>
        <source>定论方法：{}（政策对此类场所的规定）；上列坐标计算的直线距离即按此方法</source>
        <translation>Decided by: {} (the policy for this kind); the straight line above, computed from coordinates, is measured by this method</translation>
    </message>
    <message>
        <source>{:.1f} 米</source>
        <translation>{:.1f} m</translation>
    </message>
    <message>
        <source>（限值 {:g} 米）</source>
        <translation> (limit {:g} m)</translation>
    </message>
    <message>
        <source>{}［{}］ 最近学校：{}  {}{}</source>
        <translation>{} [{}] nearest school: {}  {}{}</translation>
    </message>
    <message>
        <source>无坐标或无学校</source>
        <translation>no coordinates or no school</translation>
    </message>
    <message>
        <source>现行：{}；{}</source>
        <translation>Now: {}; {}</translation>
    </message>
    <message>
        <source>上次签署：无已完成的检查</source>
        <translation>Last signed: no finished inspection</translation>
    </message>
    <message>
        <source>⚠ 结论不同</source>
        <translation>⚠ verdict differs</translation>
    </message>
    <message>
        <source>上次签署：{}，{}，{}</source>
        <translation>Last signed: {}, {}, {}</translation>
    </message>
    <message>
        <source>共 {} 个受限场所，{} 个与上次签署的结论不同。</source>
        <translation>{} restricted site(s) in all, {} differ from the last signed verdict.</translation>
    </message>
    <message>
        <source>已导入</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>重复</source>
        <translation>duplicate</translation>
    </message>
    <message>
        <source>拒收</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>场所</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>证照</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>学校</source>
        <translation>Schools</translation>
    </message>
    <message>
        <source>学校点位</source>
        <translation>School points</translation>
    </message>
    <message>
        <source>检查</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <source>检查表</source>
        <translation>Checklists</translation>
    </message>
    <message>
        <source>检查项</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>手写签名</source>
        <translation>Handwritten signatures</translation>
    </message>
    <message>
        <source>文书</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>文书编号</source>
        <translation>Document numbers</translation>
    </message>
    <message>
        <source>整改</source>
        <translation>Rectification cases</translation>
    </message>
    <message>
        <source>复查带入的整改</source>
        <translation>Cases carried into re-checks</translation>
    </message>
    <message>
        <source>修改记录</source>
        <translation>Change log</translation>
    </message>
    <message>
        <source>编号段</source>
        <translation>Number blocks</translation>
    </message>
    <message>
        <source>更正</source>
        <translation>Amendments</translation>
    </message>
    <message>
        <source>距离测量</source>
        <translation>Distance measurements</translation>
    </message>
    <message>
        <source>送达记录</source>
        <translation>Notices served</translation>
    </message>
    <message>
        <source>其他记录</source>
        <translation>Other records</translation>
    </message>
    <message>
        <source>两处同时修改</source>
        <translation>changed in two places</translation>
    </message>
    <message>
        <source>已完成的检查</source>
        <translation>finished inspection</translation>
    </message>
    <message>
        <source>另一台设备的记录</source>
        <translation>another device&apos;s record</translation>
    </message>
    <message>
        <source>导出自上次确认以来的全部更改（签名数据包）</source>
        <translation>export all changes since the last acknowledgement (a signed package)</translation>
    </message>
    <message>
        <source>写入数据包的文件夹（如 U 盘）</source>
        <translation>folder to write the package to (e.g. a USB drive)</translation>
    </message>
    <message>
        <source>加密给办公室</source>
        <translation>encrypt for the office</translation>
    </message>
    <message>
        <source>不加密</source>
        <translation>do not encrypt</translation>
    </message>
    <message>
        <source>办公室：密钥、设备登记、收件导入、配置包、冲突</source>
        <translation>office: keys, device register, inbox import, office bundle, conflicts</translation>
    </message>
    <message>
        <source>生成办公室密钥并切换到办公室模式</source>
        <translation>make the office key and switch to office mode</translation>
    </message>
    <message>
        <source>办公室名称，如 东风街道创建办</source>
        <translation>office name, e.g. Dongfeng sub-district campaign office</translation>
    </message>
    <message>
        <source>只接收加密的数据包</source>
        <translation>accept encrypted packages only</translation>
    </message>
    <message>
        <source>登记一台外勤设备（设备信息文件）</source>
        <translation>register a field device (from its device card)</translation>
    </message>
    <message>
        <source>设备名称（默认取设备信息文件中的）</source>
        <translation>device name (default: the one in the device card)</translation>
    </message>
    <message>
        <source>吊销一台设备：之后不再接收它的数据包</source>
        <translation>revoke a device: its packages are no longer accepted</translation>
    </message>
    <message>
        <source>列出已登记的设备</source>
        <translation>list the registered devices</translation>
    </message>
    <message>
        <source>导入收件文件夹中的新数据包</source>
        <translation>import the new packages in the inbox folder</translation>
    </message>
    <message>
        <source>收件文件夹（默认：设置中的收件夹）</source>
        <translation>inbox folder (default: the one in the settings)</translation>
    </message>
    <message>
        <source>生成签名的办公室配置包</source>
        <translation>make the signed office bundle</translation>
    </message>
    <message>
        <source>不带策略文件，并让各设备恢复内置策略</source>
        <translation>leave out the policy file and have devices go back to the built-in policy</translation>
    </message>
    <message>
        <source>导入日志</source>
        <translation>import log</translation>
    </message>
    <message>
        <source>设备送来的检查人员证书：列出、确认信任</source>
        <translation>inspectors&apos; certificates sent by devices: list, confirm trust</translation>
    </message>
    <message>
        <source>列出证书（默认只列待确认的）</source>
        <translation>list certificates (default: only those awaiting confirmation)</translation>
    </message>
    <message>
        <source>也列出已确认的</source>
        <translation>also list the confirmed ones</translation>
    </message>
    <message>
        <source>确认信任一张证书（写入配置包的证书）</source>
        <translation>confirm trust in a certificate (it goes into the office bundle&apos;s certificates)</translation>
    </message>
    <message>
        <source>证书的 SHA-256 指纹（可只写前几位）</source>
        <translation>the certificate&apos;s SHA-256 fingerprint (the first few characters are enough)</translation>
    </message>
    <message>
        <source>确认人</source>
        <translation>confirmed by</translation>
    </message>
    <message>
        <source>列出待处理的冲突</source>
        <translation>list the open conflicts</translation>
    </message>
    <message>
        <source>处理一条冲突</source>
        <translation>resolve a conflict</translation>
    </message>
    <message>
        <source>冲突编号（可只写前几位）</source>
        <translation>conflict id (the first few characters are enough)</translation>
    </message>
    <message>
        <source>外勤设备：导入办公室配置包</source>
        <translation>field device: import the office bundle</translation>
    </message>
    <message>
        <source>验证并安装办公室配置包</source>
        <translation>verify and install an office bundle</translation>
    </message>
    <message>
        <source>首次使用时确认办公室密钥指纹</source>
        <translation>confirm the office key fingerprint on first use</translation>
    </message>
    <message>
        <source>本机设备身份</source>
        <translation>this device&apos;s identity</translation>
    </message>
    <message>
        <source>显示设备编号和公钥指纹</source>
        <translation>show the device id and public key fingerprint</translation>
    </message>
    <message>
        <source>同时写出设备信息文件（交办公室登记）</source>
        <translation>also write the device card (for the office to register)</translation>
    </message>
    <message>
        <source>已导出 {}</source>
        <translation>Exported {}</translation>
    </message>
    <message>
        <source>记录 {} 条，文件 {} 个，{} 字节，已加密给办公室。</source>
        <translation>{} record(s), {} file(s), {} bytes, encrypted for the office.</translation>
    </message>
    <message>
        <source>记录 {} 条，文件 {} 个，{} 字节，未加密。</source>
        <translation>{} record(s), {} file(s), {} bytes, not encrypted.</translation>
    </message>
    <message>
        <source>警告：找不到文件 {}，未包含在数据包中。</source>
        <translation>Warning: the file {} is missing and was left out of the package.</translation>
    </message>
    <message>
        <source>办公室：{}</source>
        <translation>Office: {}</translation>
    </message>
    <message>
        <source>密钥指纹：{}</source>
        <translation>Key fingerprint: {}</translation>
    </message>
    <message>
        <source>收件文件夹：{}</source>
        <translation>Inbox: {}</translation>
    </message>
    <message>
        <source>拒收文件夹：{}</source>
        <translation>Refused folder: {}</translation>
    </message>
    <message>
        <source>已登记设备 {}（{}），指纹 {}</source>
        <translation>Registered the device {} ({}), fingerprint {}</translation>
    </message>
    <message>
        <source>已吊销设备 {}</source>
        <translation>Revoked the device {}</translation>
    </message>
    <message>
        <source>已吊销</source>
        <translation>revoked</translation>
    </message>
    <message>
        <source>错误：导入时发生内部错误，详情已写入日志文件。</source>
        <translation>Error: an internal error ended the import; the details are in the log file.</translation>
    </message>
    <message>
        <source>没有新的数据包。</source>
        <translation>No new packages.</translation>
    </message>
    <message>
        <source>（已移到 {}）</source>
        <translation> (moved to {})</translation>
    </message>
    <message>
        <source>没有待确认的证书。</source>
        <translation>No certificates waiting for a decision.</translation>
    </message>
    <message>
        <source>已确认</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>待确认</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>{}  {}  设备 {}  到期 {}</source>
        <translation>{}  {}  device {}  expires {}</translation>
    </message>
    <message>
        <source>已信任证书 {}（指纹 {}，来自设备 {}）。</source>
        <translation>Trusted the certificate {} (fingerprint {}, from the device {}).</translation>
    </message>
    <message>
        <source>下一个办公室配置包会把它带给各设备。</source>
        <translation>The next office bundle takes it to every device.</translation>
    </message>
    <message>
        <source>已写出配置包 {}</source>
        <translation>Office bundle written: {}</translation>
    </message>
    <message>
        <source>办公室密钥指纹：{}</source>
        <translation>Office key fingerprint: {}</translation>
    </message>
    <message>
        <source>没有待处理的冲突。</source>
        <translation>No conflicts to resolve.</translation>
    </message>
    <message>
        <source>{}  {}  {}  {}  不同字段：{}</source>
        <translation>{}  {}  {}  {}  fields that differ: {}</translation>
    </message>
    <message>
        <source>编号 {} 对应 {} 条待处理冲突，请写完整些。</source>
        <translation>Id {} matches {} open conflicts; give more of it.</translation>
    </message>
    <message>
        <source>已处理。</source>
        <translation>Resolved.</translation>
    </message>
    <message>
        <source>已安装办公室“{}”的第 {} 号配置包（指纹 {}）。</source>
        <translation>Installed the office &quot;{}&quot; bundle no. {} (fingerprint {}).</translation>
    </message>
    <message>
        <source>登记记录：新增 {}，更新 {}，保留本机更改 {}；确认已收到的导出 {} 个。</source>
        <translation>Register records: {} added, {} updated, {} local changes kept; {} export(s) acknowledged.</translation>
    </message>
    <message>
        <source>办公室要求使用内置策略：已恢复内置策略。</source>
        <translation>The office asks for the built-in policy: the built-in policy is back.</translation>
    </message>
    <message>
        <source>设备名称：{}</source>
        <translation>Device name: {}</translation>
    </message>
    <message>
        <source>公钥指纹：{}</source>
        <translation>Public key fingerprint: {}</translation>
    </message>
    <message>
        <source>上次导出：第 {} 号，{}</source>
        <translation>Last export: no. {}, {}</translation>
    </message>
    <message>
        <source>信任的办公室：{}（{}）</source>
        <translation>Trusted office: {} ({})</translation>
    </message>
    <message>
        <source>已写出设备信息文件 {}</source>
        <translation>Device card written: {}</translation>
    </message>
    <message>
        <source>检查表模板</source>
        <translation>checklist templates</translation>
    </message>
    <message>
        <source>校验模板文件或文件夹：有效时退出码 0，否则列出全部问题并退出码 2</source>
        <translation>check a template file or folder: exit status 0 when valid, else all problems are listed and the exit status is 2</translation>
    </message>
    <message>
        <source>模板文件（.yaml）或文件夹</source>
        <translation>template file (.yaml) or folder</translation>
    </message>
    <message>
        <source>把 XLSForm 格式的工作簿（.xlsx，或含 survey.csv 等的文件夹）导入为模板：全部有效才写入</source>
        <translation>import an XLSForm workbook (.xlsx, or a folder with survey.csv and so on) as a template: written only when all of it is valid</translation>
    </message>
    <message>
        <source>工作簿 .xlsx，或 CSV 工作表所在的文件夹</source>
        <translation>workbook .xlsx, or the folder holding the CSV sheets</translation>
    </message>
    <message>
        <source>写入的模板文件夹（默认：设置中的本单位模板文件夹）</source>
        <translation>template folder to write to (default: the local template folder in the settings)</translation>
    </message>
    <message>
        <source>只检查并预览，不写入</source>
        <translation>only check and preview, write nothing</translation>
    </message>
    <message>
        <source>把任一模板（内置或本单位）导出为 XLSForm 格式的工作簿</source>
        <translation>export any template (built-in or local) as an XLSForm workbook</translation>
    </message>
    <message>
        <source>模板编号 id</source>
        <translation>template id</translation>
    </message>
    <message>
        <source>输出 .xlsx；以 .csv 结尾或为文件夹时写 CSV</source>
        <translation>output .xlsx; CSV when it ends in .csv or is a folder</translation>
    </message>
    <message>
        <source>发现 {} 个问题。</source>
        <translation>{} problem(s) found.</translation>
    </message>
    <message>
        <source>尚未设置本单位模板文件夹：请用 --into 指定，或在设置中选择文件夹。</source>
        <translation>No local template folder is set: give one with --into, or choose a folder in the settings.</translation>
    </message>
    <message>
        <source>发现 {} 个问题，未写入任何文件。</source>
        <translation>{} problem(s) found, no file written.</translation>
    </message>
    <message>
        <source>内容相同的模板已在 {}，未重复写入。</source>
        <translation>A template with the same content is already at {}; not written again.</translation>
    </message>
    <message>
        <source>已写入 {}</source>
        <translation>Written: {}</translation>
    </message>
    <message>
        <source>OK  {} v{}  {}  （{} 节，{} 项）</source>
        <translation>OK  {} v{}  {}  ({} sections, {} items)</translation>
    </message>
    <message>
        <source>（重复：逐个填写）</source>
        <translation> (repeated: filled one by one)</translation>
    </message>
    <message>
        <source>条件：{}</source>
        <translation>condition: {}</translation>
    </message>
    <message>
        <source>约束：{}</source>
        <translation>constraint: {}</translation>
    </message>
    <message>
        <source>内容哈希 {}</source>
        <translation>content hash {}</translation>
    </message>
    <message>
        <source>没有编号为 {} 的模板（用 inspector templates check 查看可用模板）。</source>
        <translation>There is no template with id {} (see the available ones with inspector templates check).</translation>
    </message>
    <message>
        <source>已导出 {} v{} 到 {}（内容哈希 {}）</source>
        <translation>Exported {} v{} to {} (content hash {})</translation>
    </message>
    <message>
        <source>{}：{}</source>
        <translation>{}: {}</translation>
    </message>
    <message>
        <source>{} [{}]: {}</source>
        <translation>{} [{}]: {}</translation>
    </message>
    <message>
        <source>{}: {}</source>
        <translation>{}: {}</translation>
    </message>
    <message>
        <source>缺少{}</source>
        <translation>{} is missing</translation>
    </message>
    <message>
        <source>{} 为空</source>
        <translation>{} is empty</translation>
    </message>
    <message>
        <source>{} 含未知语言 {}（只支持 zh_CN、en）</source>
        <translation>{} has unknown languages {} (only zh_CN and en are supported)</translation>
    </message>
    <message>
        <source>{} 缺少中文（zh_CN）</source>
        <translation>{} has no Chinese text (zh_CN)</translation>
    </message>
    <message>
        <source>{} 的英文（en）应为文字</source>
        <translation>The English (en) of {} must be text</translation>
    </message>
    <message>
        <source>{} 应为文字或 {{zh_CN, en}}</source>
        <translation>{} must be text or {{zh_CN, en}}</translation>
    </message>
    <message>
        <source>{} 应为文字表达式，实为 {!r}</source>
        <translation>{} should be an expression in text, found {!r}</translation>
    </message>
    <message>
        <source>relevant：分节条件引用了本分节的检查项 ${{{}}}（循环引用）</source>
        <translation>relevant: the section&apos;s condition names its own item ${{{}}} (a cycle)</translation>
    </message>
    <message>
        <source>重复分节的第一项应为文字项（填写摊位号或名称），实为 {}</source>
        <translation>The first item of a repeated section should be a text item (the stall number or name), found {}</translation>
    </message>
    <message>
        <source>{}：条件引用了本项自身 ${{{}}}（循环引用）</source>
        <translation>{}: the condition names the item itself, ${{{}}} (a cycle)</translation>
    </message>
    <message>
        <source>{}：${{{}}} 不是本模板的检查项</source>
        <translation>{}: ${{{}}} is not an item of this template</translation>
    </message>
    <message>
        <source>{}：${{{}}} 在重复分节内，只能在该分节内引用</source>
        <translation>{}: ${{{}}} is inside a repeated section and can be named only within it</translation>
    </message>
    <message>
        <source>{}：引用了后面的检查项 ${{{}}}，只能引用前面的项</source>
        <translation>{}: names the later item ${{{}}}; only earlier items can be named</translation>
    </message>
    <message>
        <source>{} 应为数字，实为 {!r}</source>
        <translation>{} must be a number, not {!r}</translation>
    </message>
    <message>
        <source>{} 应为 true 或 false，实为 {!r}</source>
        <translation>{} must be true or false, not {!r}</translation>
    </message>
    <message>
        <source>applies_to 应为场所类型代码的列表</source>
        <translation>applies_to must be a list of site type codes</translation>
    </message>
    <message>
        <source>未知的场所类型 {!r}</source>
        <translation>Unknown site type {!r}</translation>
    </message>
    <message>
        <source>模板应为一个映射（键: 值），不是列表或文字</source>
        <translation>A template must be a mapping (key: value), not a list or text</translation>
    </message>
    <message>
        <source>未知字段 {!r}</source>
        <translation>Unknown field {!r}</translation>
    </message>
    <message>
        <source>缺少模板编号 id</source>
        <translation>The template id is missing</translation>
    </message>
    <message>
        <source>模板编号 id {!r} 只能含英文字母、数字、“-”“_”“.”</source>
        <translation>The template id {!r} may contain only letters, digits, “-”, “_” and “.”</translation>
    </message>
    <message>
        <source>version 应为正整数，实为 {!r}</source>
        <translation>version must be a positive whole number, not {!r}</translation>
    </message>
    <message>
        <source>标题 title</source>
        <translation>The title (title)</translation>
    </message>
    <message>
        <source>说明 description</source>
        <translation>The description (description)</translation>
    </message>
    <message>
        <source>依据 legal_basis</source>
        <translation>legal basis (legal_basis)</translation>
    </message>
    <message>
        <source>category 应为 {} 之一，实为 {!r}</source>
        <translation>category must be one of {}, not {!r}</translation>
    </message>
    <message>
        <source>applies_to 为空：请写明适用的场所类型，或用 &quot;*&quot; 表示全部</source>
        <translation>applies_to is empty: name the site types it applies to, or write &quot;*&quot; for all</translation>
    </message>
    <message>
        <source>sections 应为至少含一个分节的列表</source>
        <translation>sections must be a list of at least one section</translation>
    </message>
    <message>
        <source>分节 {}</source>
        <translation>section {}</translation>
    </message>
    <message>
        <source>分节应为映射</source>
        <translation>A section must be a mapping</translation>
    </message>
    <message>
        <source>分节缺少 code</source>
        <translation>The section has no code</translation>
    </message>
    <message>
        <source>分节 code 重复</source>
        <translation>The section code is used twice</translation>
    </message>
    <message>
        <source>分节标题</source>
        <translation>The section title</translation>
    </message>
    <message>
        <source>分节没有检查项（items）</source>
        <translation>The section has no check items (items)</translation>
    </message>
    <message>
        <source>{} 第 {} 项</source>
        <translation>{} item {}</translation>
    </message>
    <message>
        <source>检查项应为映射（code、text、answer …）</source>
        <translation>A check item must be a mapping (code, text, answer …)</translation>
    </message>
    <message>
        <source>检查项缺少 code</source>
        <translation>The check item has no code</translation>
    </message>
    <message>
        <source>检查项 code 不能含“#”</source>
        <translation>An item code cannot contain &quot;#&quot;</translation>
    </message>
    <message>
        <source>检查项 code 重复（同一模板内每项的 code 必须唯一）</source>
        <translation>The check item code is used twice (each item&apos;s code must be unique within a template)</translation>
    </message>
    <message>
        <source>检查内容 text</source>
        <translation>The item text (text)</translation>
    </message>
    <message>
        <source>answer 应为 {} 之一，实为 {!r}</source>
        <translation>answer must be one of {}, not {!r}</translation>
    </message>
    <message>
        <source>severity 应为 {} 之一，实为 {!r}</source>
        <translation>severity must be one of {}, not {!r}</translation>
    </message>
    <message>
        <source>扣分项（deduct）必须给出 points</source>
        <translation>A deduction item (deduct) must give points</translation>
    </message>
    <message>
        <source>points 不能为负数</source>
        <translation>points must not be negative</translation>
    </message>
    <message>
        <source>max_deduction 不能为负数</source>
        <translation>max_deduction must not be negative</translation>
    </message>
    <message>
        <source>unit 应为文字，实为 {!r}</source>
        <translation>unit must be text, not {!r}</translation>
    </message>
    <message>
        <source>文字项（text）无法判定合格与否，不能是红线项</source>
        <translation>A text item (text) cannot be judged pass or fail, so it cannot be a red-line item</translation>
    </message>
    <message>
        <source>未知的 rule {!r}（可用：{}）</source>
        <translation>Unknown rule {!r} (available: {})</translation>
    </message>
    <message>
        <source>distance_to_school 规则需要测量项（measurement）</source>
        <translation>The distance_to_school rule needs a measurement item (measurement)</translation>
    </message>
    <message>
        <source>distance_to_school 规则需要 unit: m 和 limit: {min: 米数}</source>
        <translation>The distance_to_school rule needs unit: m and limit: {min: metres}</translation>
    </message>
    <message>
        <source>rectify_days 应为非负整数（天数），实为 {!r}</source>
        <translation>rectify_days must be a whole number of days, 0 or more, not {!r}</translation>
    </message>
    <message>
        <source>指引 guidance</source>
        <translation>The guidance (guidance)</translation>
    </message>
    <message>
        <source>整改要求 correction</source>
        <translation>correction requirement (correction)</translation>
    </message>
    <message>
        <source>applies_to 中的 {} 不在模板的适用场所类型内</source>
        <translation>{} in applies_to are not among the template&apos;s site types</translation>
    </message>
    <message>
        <source>提示 constraint_message</source>
        <translation>Message constraint_message</translation>
    </message>
    <message>
        <source>escalate_on_recheck 只能用于红线项（severity: red_line）</source>
        <translation>escalate_on_recheck can only be used on red-line items (severity: red_line)</translation>
    </message>
    <message>
        <source>{} 只适用于计数项（count）</source>
        <translation>{} applies only to count items (count)</translation>
    </message>
    <message>
        <source>per_unit 只适用于计数项（count）</source>
        <translation>per_unit applies only to count items (count)</translation>
    </message>
    <message>
        <source>{} 应为非负整数，实为 {!r}</source>
        <translation>{} must be a whole number, 0 or more, not {!r}</translation>
    </message>
    <message>
        <source>计数项（count）需要 fail_above 或 fail_below 说明何时不合格</source>
        <translation>A count item (count) needs fail_above or fail_below to say when it fails</translation>
    </message>
    <message>
        <source>fail_below 大于 fail_above：任何数量都不合格</source>
        <translation>fail_below is greater than fail_above: every count would fail</translation>
    </message>
    <message>
        <source>limit 只适用于测量项（measurement）</source>
        <translation>limit applies only to measurement items (measurement)</translation>
    </message>
    <message>
        <source>测量项（measurement）需要单位 unit（如 m、min、%）</source>
        <translation>A measurement item (measurement) needs a unit (such as m, min, %)</translation>
    </message>
    <message>
        <source>测量项（measurement）需要 limit: {min: …} 或 {max: …}</source>
        <translation>A measurement item (measurement) needs limit: {min: …} or {max: …}</translation>
    </message>
    <message>
        <source>limit 中有未知字段 {!r}（只支持 min、max）</source>
        <translation>limit has an unknown field {!r} (only min and max are supported)</translation>
    </message>
    <message>
        <source>limit.min 大于 limit.max</source>
        <translation>limit.min is greater than limit.max</translation>
    </message>
    <message>
        <source>choices 只适用于选择项（choice）</source>
        <translation>choices applies only to choice items (choice)</translation>
    </message>
    <message>
        <source>选择项（choice）至少需要两个 choices</source>
        <translation>A choice item (choice) needs at least two choices</translation>
    </message>
    <message>
        <source>第 {} 个选项需要 code 和 text</source>
        <translation>Choice {} needs a code and a text</translation>
    </message>
    <message>
        <source>选项 {} 有未知字段 {!r}</source>
        <translation>Choice {} has an unknown field {!r}</translation>
    </message>
    <message>
        <source>选项 code {!r} 重复</source>
        <translation>The choice code {!r} is used twice</translation>
    </message>
    <message>
        <source>选项 {} 的文字</source>
        <translation>The text of choice {}</translation>
    </message>
    <message>
        <source>扣分或红线的选择项至少要有一个 fails: true 的选项</source>
        <translation>A deduction or red-line choice item needs at least one choice with fails: true</translation>
    </message>
    <message>
        <source>{}；{}</source>
        <translation>{}; {}</translation>
    </message>
    <message>
        <source>这项操作</source>
        <translation>do this</translation>
    </message>
    <message>
        <source>导出证书</source>
        <translation>export the certificate</translation>
    </message>
    <message>
        <source>保存签名</source>
        <translation>save the signatures</translation>
    </message>
    <message>
        <source>保存答案</source>
        <translation>save the answer</translation>
    </message>
    <message>
        <source>保存备注</source>
        <translation>save the note</translation>
    </message>
    <message>
        <source>保存测量</source>
        <translation>save the measurement</translation>
    </message>
    <message>
        <source>保存照片</source>
        <translation>save the photo</translation>
    </message>
    <message>
        <source>删除照片</source>
        <translation>delete the photo</translation>
    </message>
</context>
</TS>
