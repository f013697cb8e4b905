<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="zh_CN">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>关于文明创建巡查助手</source>
            <translation>关于文明创建巡查助手</translation>
        </message>
        <message>
            <source>打开数据目录</source>
            <translation>打开数据目录</translation>
        </message>
        <message>
            <source>安装版</source>
            <translation>安装版</translation>
        </message>
        <message>
            <source>源码运行</source>
            <translation>源码运行</translation>
        </message>
        <message>
            <source>文明创建巡查助手</source>
            <translation>文明创建巡查助手</translation>
        </message>
        <message>
            <source>离线巡查检查、签名检查记录与限期整改通知书。</source>
            <translation>离线巡查检查、签名检查记录与限期整改通知书。</translation>
        </message>
        <message>
            <source>数据目录：</source>
            <translation>数据目录：</translation>
        </message>
        <message>
            <source>数据库版本：</source>
            <translation>数据库版本：</translation>
        </message>
        <message>
            <source>本程序以 MIT 许可证发布。随附的 Qt 库以 LGPL-3.0 许可证动态链接使用，可替换为您自行编译的版本；Qt 源代码见 https://download.qt.io/。</source>
            <translation>本程序以 MIT 许可证发布。随附的 Qt 库以 LGPL-3.0 许可证动态链接使用，可替换为您自行编译的版本；Qt 源代码见 https://download.qt.io/。</translation>
        </message>
        <message>
            <source>PDF 使用的中文字体不随程序分发：程序使用本机已安装的字体（如 Windows 的宋体、微软雅黑，Debian/Ubuntu 的文泉驿微米黑 fonts-wqy-microhei，其许可证为 GPL 并附字体例外，嵌入 PDF 不受 GPL 约束）。</source>
            <translation>PDF 使用的中文字体不随程序分发：程序使用本机已安装的字体（如 Windows 的宋体、微软雅黑，Debian/Ubuntu 的文泉驿微米黑 fonts-wqy-microhei，其许可证为 GPL 并附字体例外，嵌入 PDF 不受 GPL 约束）。</translation>
        </message>
        <message>
            <source>图标来自 Font Awesome Free，经 qtawesome 使用。</source>
            <translation>图标来自 Font Awesome Free，经 qtawesome 使用。</translation>
        </message>
        <message>
            <source>下面列出随附的全部组件、版本、许可证及许可证全文（构建时自动生成）。</source>
            <translation>下面列出随附的全部组件、版本、许可证及许可证全文（构建时自动生成）。</translation>
        </message>
    </context>
    <context>
        <name>AmendDialog</name>
        <message>
            <source>更正 {code}</source>
            <translation>更正 {code}</translation>
        </message>
        <message>
            <source>检查已完成并锁定。更正会另行记录（原答案保留），并注明更正人和理由。</source>
            <translation>检查已完成并锁定。更正会另行记录（原答案保留），并注明更正人和理由。</translation>
        </message>
        <message>
            <source>更正理由（必填）</source>
            <translation>更正理由（必填）</translation>
        </message>
        <message>
            <source>保存更正</source>
            <translation>保存更正</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>&lt;b&gt;{code}&lt;/b&gt;　{text}</source>
            <translation>&lt;b&gt;{code}&lt;/b&gt;　{text}</translation>
        </message>
        <message>
            <source>答案没有变化。</source>
            <translation>答案没有变化。</translation>
        </message>
        <message>
            <source>已为该项立整改事项，期限 %1。</source>
            <translation>已为该项立整改事项，期限 %1。</translation>
        </message>
        <message>
            <source>该项的整改事项已更正撤销。</source>
            <translation>该项的整改事项已更正撤销。</translation>
        </message>
    </context>
    <context>
        <name>BackgroundTask</name>
        <message>
            <source>操作没有完成：%1</source>
            <translation>操作没有完成：%1</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>正在取消…</source>
            <translation>正在取消…</translation>
        </message>
        <message>
            <source>无法写入文件夹 %1：%2。请换一个文件夹。</source>
            <translation>无法写入文件夹 %1：%2。请换一个文件夹。</translation>
        </message>
        <message>
            <source>已取消，没有写入任何文件。</source>
            <translation>已取消，没有写入任何文件。</translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <source>备份与恢复</source>
            <translation>备份与恢复</translation>
        </message>
        <message>
            <source>备份时间</source>
            <translation>备份时间</translation>
        </message>
        <message>
            <source>大小</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>文件</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>立即备份</source>
            <translation>立即备份</translation>
        </message>
        <message>
            <source>立即备份数据库 (%1)</source>
            <translation>立即备份数据库 (%1)</translation>
        </message>
        <message>
            <source>恢复所选备份…</source>
            <translation>恢复所选备份…</translation>
        </message>
        <message>
            <source>用所选备份替换当前数据库，当前数据库先另存 (%1)</source>
            <translation>用所选备份替换当前数据库，当前数据库先另存 (%1)</translation>
        </message>
        <message>
            <source>更改备份文件夹…</source>
            <translation>更改备份文件夹…</translation>
        </message>
        <message>
            <source>打开备份文件夹</source>
            <translation>打开备份文件夹</translation>
        </message>
        <message>
            <source>程序每天自动备份一次数据库（先检查完整性，损坏的数据库不会备份），保留最近 %1 天的每日备份，另保留 %2 周的每周备份和 %3 个月的每月备份。备份文件夹：%4</source>
            <translation>程序每天自动备份一次数据库（先检查完整性，损坏的数据库不会备份），保留最近 %1 天的每日备份，另保留 %2 周的每周备份和 %3 个月的每月备份。备份文件夹：%4</translation>
        </message>
        <message>
            <source>正在备份…</source>
            <translation>正在备份…</translation>
        </message>
        <message>
            <source>已备份到 %1</source>
            <translation>已备份到 %1</translation>
        </message>
        <message>
            <source>备份失败</source>
            <translation>备份失败</translation>
        </message>
        <message>
            <source>恢复备份</source>
            <translation>恢复备份</translation>
        </message>
        <message>
            <source>用备份 %1 替换当前数据库？</source>
            <translation>用备份 %1 替换当前数据库？</translation>
        </message>
        <message>
            <source>备份之后录入的数据将不在恢复后的数据库中。当前数据库会先另存在数据目录中（inspector.before-restore-…），需要时可以找回。</source>
            <translation>备份之后录入的数据将不在恢复后的数据库中。当前数据库会先另存在数据目录中（inspector.before-restore-…），需要时可以找回。</translation>
        </message>
        <message>
            <source>恢复</source>
            <translation>恢复</translation>
        </message>
        <message>
            <source>恢复失败</source>
            <translation>恢复失败</translation>
        </message>
        <message>
            <source>已恢复 %1。原数据库另存为 %2。</source>
            <translation>已恢复 %1。原数据库另存为 %2。</translation>
        </message>
        <message>
            <source>选择备份文件夹</source>
            <translation>选择备份文件夹</translation>
        </message>
    </context>
    <context>
        <name>BoundaryDrawer</name>
        <message>
            <source>校园边界：</source>
            <translation>校园边界：</translation>
        </message>
        <message>
            <source>绘制校园边界</source>
            <translation>绘制校园边界</translation>
        </message>
        <message>
            <source>撤销上一点</source>
            <translation>撤销上一点</translation>
        </message>
        <message>
            <source>保存边界</source>
            <translation>保存边界</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>校园边界至少需要 3 个角点，请继续点选。</source>
            <translation>校园边界至少需要 3 个角点，请继续点选。</translation>
        </message>
        <message>
            <source>已保存 {n} 个角点。</source>
            <translation>已保存 {n} 个角点。</translation>
        </message>
        <message>
            <source>沿围墙依次点击各角点（已点 {n} 个），完成后点“保存边界”。</source>
            <translation>沿围墙依次点击各角点（已点 {n} 个），完成后点“保存边界”。</translation>
        </message>
    </context>
    <context>
        <name>CarriedPanel</name>
        <message>
            <source>&lt;b&gt;原检查发现&lt;/b&gt;</source>
            <translation>&lt;b&gt;原检查发现&lt;/b&gt;</translation>
        </message>
        <message>
            <source>{found} 发现，整改期限 {deadline}　{state}</source>
            <translation>{found} 发现，整改期限 {deadline}　{state}</translation>
        </message>
        <message>
            <source>原备注：{note}</source>
            <translation>原备注：{note}</translation>
        </message>
        <message>
            <source>原检查照片</source>
            <translation>原检查照片</translation>
        </message>
    </context>
    <context>
        <name>CaseDialog</name>
        <message>
            <source>整改事项：%1</source>
            <translation>整改事项：%1</translation>
        </message>
        <message>
            <source>场所</source>
            <translation>场所</translation>
        </message>
        <message>
            <source>地址</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>网格</source>
            <translation>网格</translation>
        </message>
        <message>
            <source>问题</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>发现情况</source>
            <translation>发现情况</translation>
        </message>
        <message>
            <source>发现日期</source>
            <translation>发现日期</translation>
        </message>
        <message>
            <source>整改期限</source>
            <translation>整改期限</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>说明</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>当场整改…</source>
            <translation>当场整改…</translation>
        </message>
        <message>
            <source>修改期限…</source>
            <translation>修改期限…</translation>
        </message>
        <message>
            <source>移交执法…</source>
            <translation>移交执法…</translation>
        </message>
        <message>
            <source>开始复查</source>
            <translation>开始复查</translation>
        </message>
    </context>
    <context>
        <name>CaseTableModel</name>
        <message>
            <source>整改期限</source>
            <translation>整改期限</translation>
        </message>
        <message>
            <source>剩余天数</source>
            <translation>剩余天数</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>网格</source>
            <translation>网格</translation>
        </message>
        <message>
            <source>场所</source>
            <translation>场所</translation>
        </message>
        <message>
            <source>问题</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>严重程度</source>
            <translation>严重程度</translation>
        </message>
        <message>
            <source>复发</source>
            <translation>复发</translation>
        </message>
        <message>
            <source>红线</source>
            <translation>红线</translation>
        </message>
        <message>
            <source>扣分</source>
            <translation>扣分</translation>
        </message>
        <message>
            <source>提示</source>
            <translation>提示</translation>
        </message>
        <message>
            <source>是</source>
            <translation>是</translation>
        </message>
    </context>
    <context>
        <name>CasesPage</name>
        <message>
            <source>即将到期和逾期</source>
            <translation>即将到期和逾期</translation>
        </message>
        <message>
            <source>仅逾期</source>
            <translation>仅逾期</translation>
        </message>
        <message>
            <source>全部未办结</source>
            <translation>全部未办结</translation>
        </message>
        <message>
            <source>全部</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>网格（留空为全部）</source>
            <translation>网格（留空为全部）</translation>
        </message>
        <message>
            <source>当场整改…</source>
            <translation>当场整改…</translation>
        </message>
        <message>
            <source>修改期限…</source>
            <translation>修改期限…</translation>
        </message>
        <message>
            <source>移交执法…</source>
            <translation>移交执法…</translation>
        </message>
        <message>
            <source>开始复查</source>
            <translation>开始复查</translation>
        </message>
        <message>
            <source>刷新</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>显示</source>
            <translation>显示</translation>
        </message>
        <message>
            <source>整改事项</source>
            <translation>整改事项</translation>
        </message>
        <message numerus="yes">
            <source>共 %n 项</source>
            <translation>
                <numerusform>共 %n 项</numerusform>
            </translation>
        </message>
        <message>
            <source>请先在表中选择一项。</source>
            <translation>请先在表中选择一项。</translation>
        </message>
        <message>
            <source>修改整改期限</source>
            <translation>修改整改期限</translation>
        </message>
        <message>
            <source>新的期限</source>
            <translation>新的期限</translation>
        </message>
        <message>
            <source>移交执法</source>
            <translation>移交执法</translation>
        </message>
        <message>
            <source>移交理由或接收部门：</source>
            <translation>移交理由或接收部门：</translation>
        </message>
        <message>
            <source>已为“%1”生成复查记录，只含未整改的检查项。请在“检查”页继续填写。</source>
            <translation>已为“%1”生成复查记录，只含未整改的检查项。请在“检查”页继续填写。</translation>
        </message>
    </context>
    <context>
        <name>CertificatePage</name>
        <message>
            <source>签名证书</source>
            <translation>签名证书</translation>
        </message>
        <message>
            <source>检查记录和整改通知书用您的证书做数字签名，办公室据此核验文书未被改动。</source>
            <translation>检查记录和整改通知书用您的证书做数字签名，办公室据此核验文书未被改动。</translation>
        </message>
        <message>
            <source>生成新的签名证书（自签名）(&amp;S)</source>
            <translation>生成新的签名证书（自签名）(&amp;S)</translation>
        </message>
        <message>
            <source>导入单位签发的证书文件（PKCS#12：.p12/.pfx）(&amp;P)</source>
            <translation>导入单位签发的证书文件（PKCS#12：.p12/.pfx）(&amp;P)</translation>
        </message>
        <message>
            <source>以后再说（第一次签名时再生成）(&amp;L)</source>
            <translation>以后再说（第一次签名时再生成）(&amp;L)</translation>
        </message>
        <message>
            <source>选择…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <source>证书文件</source>
            <translation>证书文件</translation>
        </message>
        <message>
            <source>证书文件密码</source>
            <translation>证书文件密码</translation>
        </message>
        <message>
            <source>密钥口令</source>
            <translation>密钥口令</translation>
        </message>
        <message>
            <source>再次输入口令</source>
            <translation>再次输入口令</translation>
        </message>
        <message>
            <source>口令保护保存在本机的私钥；每次签名时需要输入。请牢记，忘记后只能重新生成证书。</source>
            <translation>口令保护保存在本机的私钥；每次签名时需要输入。请牢记，忘记后只能重新生成证书。</translation>
        </message>
        <message>
            <source>此版本未包含签名功能：证书可在以后的版本中生成。</source>
            <translation>此版本未包含签名功能：证书可在以后的版本中生成。</translation>
        </message>
        <message>
            <source>已有签名证书：%1（指纹 %2…）</source>
            <translation>已有签名证书：%1（指纹 %2…）</translation>
        </message>
        <message>
            <source>选择证书文件</source>
            <translation>选择证书文件</translation>
        </message>
        <message>
            <source>PKCS#12 证书 (*.p12 *.pfx);;所有文件 (*)</source>
            <translation>PKCS#12 证书 (*.p12 *.pfx);;所有文件 (*)</translation>
        </message>
        <message>
            <source>口令至少需要 6 个字符。</source>
            <translation>口令至少需要 6 个字符。</translation>
        </message>
        <message>
            <source>两次输入的口令不一致。</source>
            <translation>两次输入的口令不一致。</translation>
        </message>
        <message>
            <source>请选择证书文件。</source>
            <translation>请选择证书文件。</translation>
        </message>
    </context>
    <context>
        <name>ConfirmValue</name>
        <message>
            <source>输入的数值：{value}{unit}</source>
            <translation>输入的数值：{value}{unit}</translation>
        </message>
        <message>
            <source>按坐标计算的直线距离：{m:.1f} 米</source>
            <translation>按坐标计算的直线距离：{m:.1f} 米</translation>
        </message>
        <message>
            <source>通常范围：{range}{unit}</source>
            <translation>通常范围：{range}{unit}</translation>
        </message>
        <message>
            <source>数值确实无误吗？确认后会在备注中注明已核实。</source>
            <translation>数值确实无误吗？确认后会在备注中注明已核实。</translation>
        </message>
        <message>
            <source>请核对数值</source>
            <translation>请核对数值</translation>
        </message>
        <message>
            <source>确认无误，保存</source>
            <translation>确认无误，保存</translation>
        </message>
        <message>
            <source>取消，不保存</source>
            <translation>取消，不保存</translation>
        </message>
        <message>
            <source>米</source>
            <translation>米</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>处理冲突</source>
            <translation>处理冲突</translation>
        </message>
        <message>
            <source>这条记录属于已完成的检查，导入不会改动它。设备传来的修改只能记录在案。</source>
            <translation>这条记录属于已完成的检查，导入不会改动它。设备传来的修改只能记录在案。</translation>
        </message>
        <message>
            <source>这条记录由另一台设备创建，设备 %1 的数据包想要改动它；导入没有改动它，两个版本都已保留。</source>
            <translation>这条记录由另一台设备创建，设备 %1 的数据包想要改动它；导入没有改动它，两个版本都已保留。</translation>
        </message>
        <message>
            <source>办公室和设备都在共同版本 %1 之后修改了这条记录。</source>
            <translation>办公室和设备都在共同版本 %1 之后修改了这条记录。</translation>
        </message>
        <message>
            <source>办公室和设备都修改了这条记录，两个版本都已保留。</source>
            <translation>办公室和设备都修改了这条记录，两个版本都已保留。</translation>
        </message>
        <message>
            <source> 不同的字段排在前面并标色。</source>
            <translation> 不同的字段排在前面并标色。</translation>
        </message>
        <message>
            <source>字段</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>办公室现有（第 %1 版）</source>
            <translation>办公室现有（第 %1 版）</translation>
        </message>
        <message>
            <source>设备传来（第 %1 版）</source>
            <translation>设备传来（第 %1 版）</translation>
        </message>
        <message>
            <source>保留办公室现有版本</source>
            <translation>保留办公室现有版本</translation>
        </message>
        <message>
            <source>采用设备传来的版本</source>
            <translation>采用设备传来的版本</translation>
        </message>
        <message>
            <source>理由（必填）：</source>
            <translation>理由（必填）：</translation>
        </message>
    </context>
    <context>
        <name>CoordSourceBox</name>
        <message>
            <source>坐标从哪个地图复制或输入：高德、腾讯为 GCJ-02，百度为 BD-09，将换算为 WGS-84 保存</source>
            <translation>坐标从哪个地图复制或输入：高德、腾讯为 GCJ-02，百度为 BD-09，将换算为 WGS-84 保存</translation>
        </message>
    </context>
    <context>
        <name>CorrectDialog</name>
        <message>
            <source>当场整改</source>
            <translation>当场整改</translation>
        </message>
        <message>
            <source>当场整改：%1</source>
            <translation>当场整改：%1</translation>
        </message>
        <message>
            <source>场所：%1
问题：%2</source>
            <translation>场所：%1
问题：%2</translation>
        </message>
        <message>
            <source>选择照片…</source>
            <translation>选择照片…</translation>
        </message>
        <message>
            <source>整改情况</source>
            <translation>整改情况</translation>
        </message>
        <message>
            <source>整改后照片</source>
            <translation>整改后照片</translation>
        </message>
        <message>
            <source>选择照片</source>
            <translation>选择照片</translation>
        </message>
        <message>
            <source>图片 (*.jpg *.jpeg *.png)</source>
            <translation>图片 (*.jpg *.jpeg *.png)</translation>
        </message>
    </context>
    <context>
        <name>CountWidget</name>
        <message>
            <source>个</source>
            <translation>个</translation>
        </message>
        <message>
            <source>超过 {n} 即不合格</source>
            <translation>超过 {n} 即不合格</translation>
        </message>
        <message>
            <source>少于 {n} 即不合格</source>
            <translation>少于 {n} 即不合格</translation>
        </message>
        <message>
            <source>不合格</source>
            <translation>不合格</translation>
        </message>
        <message>
            <source>合格</source>
            <translation>合格</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>意外错误</source>
            <translation>意外错误</translation>
        </message>
        <message>
            <source>程序遇到了意外错误，刚才的操作可能没有完成。已保存的数据不受影响，您可以继续工作；如果问题重复出现，请把日志文件或“复制详细信息”的内容发给技术支持。</source>
            <translation>程序遇到了意外错误，刚才的操作可能没有完成。已保存的数据不受影响，您可以继续工作；如果问题重复出现，请把日志文件或“复制详细信息”的内容发给技术支持。</translation>
        </message>
        <message>
            <source>（共 %1 次）</source>
            <translation>（共 %1 次）</translation>
        </message>
        <message>
            <source>日志文件：%1</source>
            <translation>日志文件：%1</translation>
        </message>
        <message>
            <source>没有日志文件。</source>
            <translation>没有日志文件。</translation>
        </message>
        <message>
            <source>复制详细信息</source>
            <translation>复制详细信息</translation>
        </message>
        <message>
            <source>显示详细信息</source>
            <translation>显示详细信息</translation>
        </message>
        <message>
            <source>打开日志文件夹</source>
            <translation>打开日志文件夹</translation>
        </message>
        <message>
            <source>已复制</source>
            <translation>已复制</translation>
        </message>
    </context>
    <context>
        <name>DistancePanel</name>
        <message>
            <source>激光测距仪</source>
            <translation>激光测距仪</translation>
        </message>
        <message>
            <source>测距轮</source>
            <translation>测距轮</translation>
        </message>
        <message>
            <source>皮尺</source>
            <translation>皮尺</translation>
        </message>
        <message>
            <source>手机 GPS</source>
            <translation>手机 GPS</translation>
        </message>
        <message>
            <source>地图软件测距</source>
            <translation>地图软件测距</translation>
        </message>
        <message>
            <source>实测米数</source>
            <translation>实测米数</translation>
        </message>
        <message>
            <source>如：场所正门</source>
            <translation>如：场所正门</translation>
        </message>
        <message>
            <source>如：学校南门</source>
            <translation>如：学校南门</translation>
        </message>
        <message>
            <source>米，可不填</source>
            <translation>米，可不填</translation>
        </message>
        <message>
            <source>记录测量</source>
            <translation>记录测量</translation>
        </message>
        <message>
            <source>测量方法</source>
            <translation>测量方法</translation>
        </message>
        <message>
            <source>距离（米）</source>
            <translation>距离（米）</translation>
        </message>
        <message>
            <source>起点</source>
            <translation>起点</translation>
        </message>
        <message>
            <source>终点</source>
            <translation>终点</translation>
        </message>
        <message>
            <source>测量工具</source>
            <translation>测量工具</translation>
        </message>
        <message>
            <source>GPS 精度</source>
            <translation>GPS 精度</translation>
        </message>
        <message>
            <source>方法</source>
            <translation>方法</translation>
        </message>
        <message>
            <source>工具</source>
            <translation>工具</translation>
        </message>
        <message>
            <source>测量人</source>
            <translation>测量人</translation>
        </message>
        <message>
            <source>删除所选测量</source>
            <translation>删除所选测量</translation>
        </message>
        <message>
            <source>请输入实测距离（米）。</source>
            <translation>请输入实测距离（米）。</translation>
        </message>
        <message>
            <source>GPS 精度应为米数，或不填。</source>
            <translation>GPS 精度应为米数，或不填。</translation>
        </message>
        <message>
            <source>无法计算直线距离：场所或学校缺少坐标。限值 {limit:g} 米。</source>
            <translation>无法计算直线距离：场所或学校缺少坐标。限值 {limit:g} 米。</translation>
        </message>
        <message>
            <source>按坐标计算的直线距离：最近学校 &lt;b&gt;{school}&lt;/b&gt;，&lt;b style='color:{color}'&gt;{m:.1f} 米&lt;/b&gt;（限值 {limit:g} 米，仅作核对）</source>
            <translation>按坐标计算的直线距离：最近学校 &lt;b&gt;{school}&lt;/b&gt;，&lt;b style='color:{color}'&gt;{m:.1f} 米&lt;/b&gt;（限值 {limit:g} 米，仅作核对）</translation>
        </message>
        <message>
            <source>边界未录入，按校门点估算</source>
            <translation>边界未录入，按校门点估算</translation>
        </message>
        <message>
            <source>依据：{basis}</source>
            <translation>依据：{basis}</translation>
        </message>
        <message>
            <source>（±{m} 米）</source>
            <translation>（±{m} 米）</translation>
        </message>
        <message>
            <source>本地政策对此类场所不作距离要求。</source>
            <translation>本地政策对此类场所不作距离要求。</translation>
        </message>
        <message>
            <source>以“{method}”为准，尚未测量。</source>
            <translation>以“{method}”为准，尚未测量。</translation>
        </message>
        <message>
            <source>以“{method}”为准：{m:.1f} 米，不足 {limit:g} 米，红线不合格。</source>
            <translation>以“{method}”为准：{m:.1f} 米，不足 {limit:g} 米，红线不合格。</translation>
        </message>
        <message>
            <source>以“{method}”为准：{m:.1f} 米，符合 {limit:g} 米要求。</source>
            <translation>以“{method}”为准：{m:.1f} 米，符合 {limit:g} 米要求。</translation>
        </message>
        <message>
            <source>距离在限值 {limit:g} 米上下 {margin:g} 米以内：请另一名检查员用同一方法复测，并记录第二次测量。</source>
            <translation>距离在限值 {limit:g} 米上下 {margin:g} 米以内：请另一名检查员用同一方法复测，并记录第二次测量。</translation>
        </message>
    </context>
    <context>
        <name>DocumentsPage</name>
        <message>
            <source>场所</source>
            <translation>场所</translation>
        </message>
        <message>
            <source>检查时间</source>
            <translation>检查时间</translation>
        </message>
        <message>
            <source>结论</source>
            <translation>结论</translation>
        </message>
        <message>
            <source>文书</source>
            <translation>文书</translation>
        </message>
        <message>
            <source>现场签名…</source>
            <translation>现场签名…</translation>
        </message>
        <message>
            <source>预览检查记录</source>
            <translation>预览检查记录</translation>
        </message>
        <message>
            <source>预览整改通知书</source>
            <translation>预览整改通知书</translation>
        </message>
        <message>
            <source>生成签名文书</source>
            <translation>生成签名文书</translation>
        </message>
        <message>
            <source>登记送达…</source>
            <translation>登记送达…</translation>
        </message>
        <message>
            <source>通知书送达后，登记实际送达时间并生成新版通知书</source>
            <translation>通知书送达后，登记实际送达时间并生成新版通知书</translation>
        </message>
        <message>
            <source>验证 PDF…</source>
            <translation>验证 PDF…</translation>
        </message>
        <message>
            <source>打开文书文件夹</source>
            <translation>打开文书文件夹</translation>
        </message>
        <message>
            <source>文书设置…</source>
            <translation>文书设置…</translation>
        </message>
        <message>
            <source>不合格项</source>
            <translation>不合格项</translation>
        </message>
        <message>
            <source>严重程度</source>
            <translation>严重程度</translation>
        </message>
        <message>
            <source>整改期限（天）</source>
            <translation>整改期限（天）</translation>
        </message>
        <message>
            <source>检查记录</source>
            <translation>检查记录</translation>
        </message>
        <message>
            <source>整改期限（可逐项修改）</source>
            <translation>整改期限（可逐项修改）</translation>
        </message>
        <message>
            <source>已生成的文书（双击预览）</source>
            <translation>已生成的文书（双击预览）</translation>
        </message>
        <message>
            <source>记录已更正：%1 的签名（或拒签）是在更正前给出的，请点“现场签名…”重新签名后再生成签名文书。</source>
            <translation>记录已更正：%1 的签名（或拒签）是在更正前给出的，请点“现场签名…”重新签名后再生成签名文书。</translation>
        </message>
        <message>
            <source>红线</source>
            <translation>红线</translation>
        </message>
        <message>
            <source>扣分</source>
            <translation>扣分</translation>
        </message>
        <message>
            <source>提示</source>
            <translation>提示</translation>
        </message>
        <message>
            <source>整改通知书</source>
            <translation>整改通知书</translation>
        </message>
        <message>
            <source>已签名</source>
            <translation>已签名</translation>
        </message>
        <message>
            <source>未签名</source>
            <translation>未签名</translation>
        </message>
        <message>
            <source>  第 %1 版</source>
            <translation>  第 %1 版</translation>
        </message>
        <message>
            <source>（已被取代）</source>
            <translation>（已被取代）</translation>
        </message>
        <message>
            <source>签名已保存。</source>
            <translation>签名已保存。</translation>
        </message>
        <message>
            <source>正在生成预览…</source>
            <translation>正在生成预览…</translation>
        </message>
        <message>
            <source>生成签名密钥</source>
            <translation>生成签名密钥</translation>
        </message>
        <message>
            <source>首次签名：请设置签名密钥口令</source>
            <translation>首次签名：请设置签名密钥口令</translation>
        </message>
        <message>
            <source>已取消。</source>
            <translation>已取消。</translation>
        </message>
        <message>
            <source>再输入一次口令</source>
            <translation>再输入一次口令</translation>
        </message>
        <message>
            <source>两次输入的口令不一致。</source>
            <translation>两次输入的口令不一致。</translation>
        </message>
        <message>
            <source>签名</source>
            <translation>签名</translation>
        </message>
        <message>
            <source>请输入签名密钥口令</source>
            <translation>请输入签名密钥口令</translation>
        </message>
        <message>
            <source>正在生成并签名文书…</source>
            <translation>正在生成并签名文书…</translation>
        </message>
        <message>
            <source>，</source>
            <translation>，</translation>
        </message>
        <message>
            <source>已生成并签名：%1（保存在文书文件夹）</source>
            <translation>已生成并签名：%1（保存在文书文件夹）</translation>
        </message>
        <message>
            <source>　整改通知书送达后，请点“登记送达…”填写实际送达时间。</source>
            <translation>　整改通知书送达后，请点“登记送达…”填写实际送达时间。</translation>
        </message>
        <message>
            <source>正在生成并签名新版通知书…</source>
            <translation>正在生成并签名新版通知书…</translation>
        </message>
        <message>
            <source>已登记送达时间，新版通知书已签名：%1</source>
            <translation>已登记送达时间，新版通知书已签名：%1</translation>
        </message>
    </context>
    <context>
        <name>FinishDialog</name>
        <message>
            <source>完成检查前请确认</source>
            <translation>完成检查前请确认</translation>
        </message>
        <message>
            <source>以下内容尚未完成。完成后检查记录将被锁定，之后只能以“更正”方式修改。双击某项可返回该项补充。</source>
            <translation>以下内容尚未完成。完成后检查记录将被锁定，之后只能以“更正”方式修改。双击某项可返回该项补充。</translation>
        </message>
        <message>
            <source>未填写的必答项</source>
            <translation>未填写的必答项</translation>
        </message>
        <message>
            <source>不合格但缺少照片</source>
            <translation>不合格但缺少照片</translation>
        </message>
        <message>
            <source>不合格但缺少说明</source>
            <translation>不合格但缺少说明</translation>
        </message>
        <message>
            <source>尚未按政策规定的方法记录与学校的距离</source>
            <translation>尚未按政策规定的方法记录与学校的距离</translation>
        </message>
        <message>
            <source>距离接近限值，请由第二名检查员复测并记录</source>
            <translation>距离接近限值，请由第二名检查员复测并记录</translation>
        </message>
        <message>
            <source>200 米距离</source>
            <translation>200 米距离</translation>
        </message>
        <message>
            <source>{code}　{text}</source>
            <translation>{code}　{text}</translation>
        </message>
        <message>
            <source>返回补充</source>
            <translation>返回补充</translation>
        </message>
        <message>
            <source>仍然完成并锁定</source>
            <translation>仍然完成并锁定</translation>
        </message>
        <message>
            <source>{title}（{n}）</source>
            <translation>{title}（{n}）</translation>
        </message>
    </context>
    <context>
        <name>FirstRunWizard</name>
        <message>
            <source>第 %1 步，共 %2 步</source>
            <translation>第 %1 步，共 %2 步</translation>
        </message>
        <message>
            <source>首次使用设置</source>
            <translation>首次使用设置</translation>
        </message>
        <message>
            <source>&lt; 上一步(&amp;B)</source>
            <translation>&lt; 上一步(&amp;B)</translation>
        </message>
        <message>
            <source>下一步(&amp;N) &gt;</source>
            <translation>下一步(&amp;N) &gt;</translation>
        </message>
        <message>
            <source>完成(&amp;F)</source>
            <translation>完成(&amp;F)</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>FontPage</name>
        <message>
            <source>中文字体</source>
            <translation>中文字体</translation>
        </message>
        <message>
            <source>PDF 文书需要一款可嵌入的中文 TrueType 字体，以便在任何电脑上显示一致。</source>
            <translation>PDF 文书需要一款可嵌入的中文 TrueType 字体，以便在任何电脑上显示一致。</translation>
        </message>
        <message>
            <source>选择字体文件…</source>
            <translation>选择字体文件…</translation>
        </message>
        <message>
            <source>重新检查</source>
            <translation>重新检查</translation>
        </message>
        <message>
            <source>✔ 已找到中文字体：%1</source>
            <translation>✔ 已找到中文字体：%1</translation>
        </message>
        <message>
            <source>（内置）</source>
            <translation>（内置）</translation>
        </message>
        <message>
            <source>✘ 没有找到可嵌入的中文字体。PDF 仍可生成，但打开它的电脑必须装有中文字体。

请安装一款中文 TrueType 字体后点“重新检查”：
• Debian / Ubuntu：sudo apt install %1
• Windows 和 macOS 自带可用字体（宋体、微软雅黑、华文黑体）；
或点“选择字体文件…”指定一个 .ttf / .ttc 文件。</source>
            <translation>✘ 没有找到可嵌入的中文字体。PDF 仍可生成，但打开它的电脑必须装有中文字体。

请安装一款中文 TrueType 字体后点“重新检查”：
• Debian / Ubuntu：sudo apt install %1
• Windows 和 macOS 自带可用字体（宋体、微软雅黑、华文黑体）；
或点“选择字体文件…”指定一个 .ttf / .ttc 文件。</translation>
        </message>
        <message>
            <source>选择中文字体</source>
            <translation>选择中文字体</translation>
        </message>
        <message>
            <source>TrueType 字体 (*.ttf *.ttc);;所有文件 (*)</source>
            <translation>TrueType 字体 (*.ttf *.ttc);;所有文件 (*)</translation>
        </message>
    </context>
    <context>
        <name>GridMapView</name>
        <message>
            <source>校门</source>
            <translation>校门</translation>
        </message>
        <message>
            <source>{school}：校园边界外 {m:g} 米范围</source>
            <translation>{school}：校园边界外 {m:g} 米范围</translation>
        </message>
        <message>
            <source>{school} 校园边界</source>
            <translation>{school} 校园边界</translation>
        </message>
        <message>
            <source>{school} {gate}：{m:g} 米范围（边界未录入，按校门点估算）</source>
            <translation>{school} {gate}：{m:g} 米范围（边界未录入，按校门点估算）</translation>
        </message>
        <message>
            <source>
距{school}校园边界最近点 {m:.1f} 米</source>
            <translation>
距{school}校园边界最近点 {m:.1f} 米</translation>
        </message>
        <message>
            <source>（边界未录入，按校门点估算）</source>
            <translation>（边界未录入，按校门点估算）</translation>
        </message>
        <message>
            <source>
在学校周边 {m:g} 米范围内</source>
            <translation>
在学校周边 {m:g} 米范围内</translation>
        </message>
        <message>
            <source>没有带坐标的场所或学校。请在场所登记中填写坐标（纬度, 经度）。</source>
            <translation>没有带坐标的场所或学校。请在场所登记中填写坐标（纬度, 经度）。</translation>
        </message>
        <message>
            <source>100 米（网格间距）</source>
            <translation>100 米（网格间距）</translation>
        </message>
    </context>
    <context>
        <name>HeaderDialog</name>
        <message>
            <source>主检查员</source>
            <translation>主检查员</translation>
        </message>
        <message>
            <source>主检查员证件号</source>
            <translation>主检查员证件号</translation>
        </message>
        <message>
            <source>协检员</source>
            <translation>协检员</translation>
        </message>
        <message>
            <source>协检员证件号</source>
            <translation>协检员证件号</translation>
        </message>
        <message>
            <source>检查地点</source>
            <translation>检查地点</translation>
        </message>
        <message>
            <source>检查信息</source>
            <translation>检查信息</translation>
        </message>
        <message>
            <source>检查时间</source>
            <translation>检查时间</translation>
        </message>
        <message>
            <source>纬度, 经度（可粘贴）</source>
            <translation>纬度, 经度（可粘贴）</translation>
        </message>
        <message>
            <source>来自</source>
            <translation>来自</translation>
        </message>
        <message>
            <source>坐标</source>
            <translation>坐标</translation>
        </message>
        <message>
            <source>采取的措施</source>
            <translation>采取的措施</translation>
        </message>
        <message>
            <source>其他说明</source>
            <translation>其他说明</translation>
        </message>
        <message>
            <source>保存</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>在册场所</source>
            <translation>在册场所</translation>
        </message>
        <message>
            <source>学校与幼儿园</source>
            <translation>学校与幼儿园</translation>
        </message>
        <message>
            <source>检查表模板</source>
            <translation>检查表模板</translation>
        </message>
        <message>
            <source>巡查记录</source>
            <translation>巡查记录</translation>
        </message>
        <message>
            <source>今日工作</source>
            <translation>今日工作</translation>
        </message>
        <message>
            <source>新建巡查… (Ctrl+N)</source>
            <translation>新建巡查… (Ctrl+N)</translation>
        </message>
        <message>
            <source>选择场所和检查表，开始一次现场检查</source>
            <translation>选择场所和检查表，开始一次现场检查</translation>
        </message>
        <message>
            <source>导出给办公室…</source>
            <translation>导出给办公室…</translation>
        </message>
        <message>
            <source>在“同步”页把数据包导出到 U 盘或共享文件夹</source>
            <translation>在“同步”页把数据包导出到 U 盘或共享文件夹</translation>
        </message>
        <message>
            <source>继续检查</source>
            <translation>继续检查</translation>
        </message>
        <message>
            <source>查看整改跟踪</source>
            <translation>查看整改跟踪</translation>
        </message>
        <message>
            <source>未完成的巡查 %1 条（回车或双击继续）：</source>
            <translation>未完成的巡查 %1 条（回车或双击继续）：</translation>
        </message>
        <message>
            <source>没有未完成的巡查。</source>
            <translation>没有未完成的巡查。</translation>
        </message>
        <message>
            <source>整改事项暂时无法统计。</source>
            <translation>整改事项暂时无法统计。</translation>
        </message>
        <message>
            <source>没有即将到期或逾期的整改事项。</source>
            <translation>没有即将到期或逾期的整改事项。</translation>
        </message>
        <message>
            <source>整改事项：%1 项即将到期或逾期，其中逾期 %2 项。</source>
            <translation>整改事项：%1 项即将到期或逾期，其中逾期 %2 项。</translation>
        </message>
        <message>
            <source>文明创建巡查助手</source>
            <translation>文明创建巡查助手</translation>
        </message>
        <message>
            <source>（未设置检查员，请在“设置”中填写）</source>
            <translation>（未设置检查员，请在“设置”中填写）</translation>
        </message>
        <message>
            <source>另有 %1 个已归档</source>
            <translation>另有 %1 个已归档</translation>
        </message>
        <message>
            <source>数据目录：%1</source>
            <translation>数据目录：%1</translation>
        </message>
    </context>
    <context>
        <name>IdentityPage</name>
        <message>
            <source>欢迎使用文明创建巡查助手</source>
            <translation>欢迎使用文明创建巡查助手</translation>
        </message>
        <message>
            <source>先填写单位和检查员信息，它们会出现在检查记录和整改通知书上。</source>
            <translation>先填写单位和检查员信息，它们会出现在检查记录和整改通知书上。</translation>
        </message>
        <message>
            <source>单位名称(&amp;O)</source>
            <translation>单位名称(&amp;O)</translation>
        </message>
        <message>
            <source>执法证号(&amp;I)</source>
            <translation>执法证号(&amp;I)</translation>
        </message>
        <message>
            <source>检查员姓名(&amp;M)</source>
            <translation>检查员姓名(&amp;M)</translation>
        </message>
        <message>
            <source>网格(&amp;G)</source>
            <translation>网格(&amp;G)</translation>
        </message>
        <message>
            <source>社区(&amp;C)</source>
            <translation>社区(&amp;C)</translation>
        </message>
        <message>
            <source>如：某街道文明创建办公室</source>
            <translation>如：某街道文明创建办公室</translation>
        </message>
        <message>
            <source>执法证号或身份证号</source>
            <translation>执法证号或身份证号</translation>
        </message>
        <message>
            <source>如：青石社区第1网格</source>
            <translation>如：青石社区第1网格</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <source>表格文件 (*.csv *.xlsx);;CSV (*.csv);;Excel (*.xlsx)</source>
            <translation>表格文件 (*.csv *.xlsx);;CSV (*.csv);;Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>场所</source>
            <translation>场所</translation>
        </message>
        <message>
            <source>学校</source>
            <translation>学校</translation>
        </message>
        <message>
            <source>导入%1预览</source>
            <translation>导入%1预览</translation>
        </message>
        <message>
            <source>文件 %1：共 %2 行数据，%3 行可以导入，%4 行有误。</source>
            <translation>文件 %1：共 %2 行数据，%3 行可以导入，%4 行有误。</translation>
        </message>
        <message>
            <source>行号</source>
            <translation>行号</translation>
        </message>
        <message>
            <source>名称</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>问题</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>类型</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>地址</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>有误的行（%1）</source>
            <translation>有误的行（%1）</translation>
        </message>
        <message>
            <source>可导入的行（%1）</source>
            <translation>可导入的行（%1）</translation>
        </message>
        <message>
            <source>未识别、将忽略的列：%1</source>
            <translation>未识别、将忽略的列：%1</translation>
        </message>
        <message>
            <source>无法识别的场所类型：选择对应的类型，该类型的所有行一并导入</source>
            <translation>无法识别的场所类型：选择对应的类型，该类型的所有行一并导入</translation>
        </message>
        <message>
            <source>（不导入）</source>
            <translation>（不导入）</translation>
        </message>
        <message>
            <source>“%1”（%2 行）</source>
            <translation>“%1”（%2 行）</translation>
        </message>
        <message>
            <source>有误的行不会导入；请在表格中改正后再单独导入这些行。</source>
            <translation>有误的行不会导入；请在表格中改正后再单独导入这些行。</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>统一社会信用代码校验位有误的 %1 行仍导入（标记为未核验）</source>
            <translation>统一社会信用代码校验位有误的 %1 行仍导入（标记为未核验）</translation>
        </message>
        <message>
            <source>导入 %1 行</source>
            <translation>导入 %1 行</translation>
        </message>
        <message>
            <source>导入失败，没有导入任何数据：%1</source>
            <translation>导入失败，没有导入任何数据：%1</translation>
        </message>
        <message>
            <source>导入失败</source>
            <translation>导入失败</translation>
        </message>
        <message>
            <source>无法保存类型对应</source>
            <translation>无法保存类型对应</translation>
        </message>
        <message>
            <source>选择要导入的文件</source>
            <translation>选择要导入的文件</translation>
        </message>
        <message>
            <source>无法导入</source>
            <translation>无法导入</translation>
        </message>
    </context>
    <context>
        <name>InspectionTableModel</name>
        <message>
            <source>、</source>
            <translation>、</translation>
        </message>
        <message>
            <source>复查·</source>
            <translation>复查·</translation>
        </message>
        <message>
            <source>（已更正）</source>
            <translation>（已更正）</translation>
        </message>
        <message>
            <source>进行中</source>
            <translation>进行中</translation>
        </message>
    </context>
    <context>
        <name>InspectionsPage</name>
        <message>
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>结果</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>网格</source>
            <translation>网格</translation>
        </message>
        <message>
            <source>草稿</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>已完成</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>合格</source>
            <translation>合格</translation>
        </message>
        <message>
            <source>扣分</source>
            <translation>扣分</translation>
        </message>
        <message>
            <source>红线·黑榜候选</source>
            <translation>红线·黑榜候选</translation>
        </message>
        <message>
            <source>检查时间</source>
            <translation>检查时间</translation>
        </message>
        <message>
            <source>场所</source>
            <translation>场所</translation>
        </message>
        <message>
            <source>类型</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>主检查员</source>
            <translation>主检查员</translation>
        </message>
        <message>
            <source>得分</source>
            <translation>得分</translation>
        </message>
        <message>
            <source>场所类型</source>
            <translation>场所类型</translation>
        </message>
        <message>
            <source>检查员</source>
            <translation>检查员</translation>
        </message>
        <message>
            <source>检查日期</source>
            <translation>检查日期</translation>
        </message>
        <message>
            <source>至</source>
            <translation>至</translation>
        </message>
        <message>
            <source>清除筛选</source>
            <translation>清除筛选</translation>
        </message>
        <message>
            <source>刷新</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>双击打开：草稿继续检查，已完成的记录只读查看。</source>
            <translation>双击打开：草稿继续检查，已完成的记录只读查看。</translation>
        </message>
        <message>
            <source>全部</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>共 {n} 条</source>
            <translation>共 {n} 条</translation>
        </message>
    </context>
    <context>
        <name>ItemView</name>
        <message>
            <source>红线</source>
            <translation>红线</translation>
        </message>
        <message>
            <source>扣分 每个 {n} 分</source>
            <translation>扣分 每个 {n} 分</translation>
        </message>
        <message>
            <source>扣分 {n} 分</source>
            <translation>扣分 {n} 分</translation>
        </message>
        <message>
            <source>扣分</source>
            <translation>扣分</translation>
        </message>
        <message>
            <source>提示</source>
            <translation>提示</translation>
        </message>
        <message>
            <source>（选答）</source>
            <translation>（选答）</translation>
        </message>
        <message>
            <source>此项不合格，请拍照留证（Alt+P 添加照片，或把照片拖到下方）</source>
            <translation>此项不合格，请拍照留证（Alt+P 添加照片，或把照片拖到下方）</translation>
        </message>
        <message>
            <source>备注</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Alt+N 转到备注</source>
            <translation>Alt+N 转到备注</translation>
        </message>
        <message>
            <source>现场情况、整改要求等</source>
            <translation>现场情况、整改要求等</translation>
        </message>
        <message>
            <source>照片</source>
            <translation>照片</translation>
        </message>
        <message>
            <source>Alt+P 添加照片</source>
            <translation>Alt+P 添加照片</translation>
        </message>
        <message>
            <source>已更正 {n} 次；最近一次 {when}，{who}：{reason}</source>
            <translation>已更正 {n} 次；最近一次 {when}，{who}：{reason}</translation>
        </message>
        <message>
            <source>由测量得出</source>
            <translation>由测量得出</translation>
        </message>
        <message>
            <source>未保存：{why}</source>
            <translation>未保存：{why}</translation>
        </message>
        <message>
            <source>合格</source>
            <translation>合格</translation>
        </message>
        <message>
            <source>不合格</source>
            <translation>不合格</translation>
        </message>
        <message>
            <source>不适用</source>
            <translation>不适用</translation>
        </message>
        <message>
            <source>已填写</source>
            <translation>已填写</translation>
        </message>
        <message>
            <source>未答</source>
            <translation>未答</translation>
        </message>
    </context>
    <context>
        <name>JumpPopup</name>
        <message>
            <source>跳转到检查项</source>
            <translation>跳转到检查项</translation>
        </message>
        <message>
            <source>输入编号或文字，回车跳转</source>
            <translation>输入编号或文字，回车跳转</translation>
        </message>
        <message>
            <source>{code}　{text}　〔{status}〕</source>
            <translation>{code}　{text}　〔{status}〕</translation>
        </message>
    </context>
    <context>
        <name>KeyPrompt</name>
        <message>
            <source>密钥口令</source>
            <translation>密钥口令</translation>
        </message>
        <message>
            <source>同步密钥已加密：请输入密钥口令</source>
            <translation>同步密钥已加密：请输入密钥口令</translation>
        </message>
        <message>
            <source>密钥口令不正确。</source>
            <translation>密钥口令不正确。</translation>
        </message>
    </context>
    <context>
        <name>ListsPage</name>
        <message>
            <source>月份 2026-10 或季度 2026Q4</source>
            <translation>月份 2026-10 或季度 2026Q4</translation>
        </message>
        <message>
            <source>全部类别</source>
            <translation>全部类别</translation>
        </message>
        <message>
            <source>生成草稿</source>
            <translation>生成草稿</translation>
        </message>
        <message>
            <source>榜别</source>
            <translation>榜别</translation>
        </message>
        <message>
            <source>场所</source>
            <translation>场所</translation>
        </message>
        <message>
            <source>网格</source>
            <translation>网格</translation>
        </message>
        <message>
            <source>上榜理由</source>
            <translation>上榜理由</translation>
        </message>
        <message>
            <source>不予列入理由</source>
            <translation>不予列入理由</translation>
        </message>
        <message>
            <source>场所回复</source>
            <translation>场所回复</translation>
        </message>
        <message>
            <source>不予列入…</source>
            <translation>不予列入…</translation>
        </message>
        <message>
            <source>恢复列入</source>
            <translation>恢复列入</translation>
        </message>
        <message>
            <source>场所回复…</source>
            <translation>场所回复…</translation>
        </message>
        <message>
            <source>发布…</source>
            <translation>发布…</translation>
        </message>
        <message>
            <source>导出 PDF 和 XLSX…</source>
            <translation>导出 PDF 和 XLSX…</translation>
        </message>
        <message>
            <source>期间</source>
            <translation>期间</translation>
        </message>
        <message>
            <source>类别</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>已有各期</source>
            <translation>已有各期</translation>
        </message>
        <message>
            <source>草稿</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>尚无红黑榜。选择期间和类别后点“生成草稿”。</source>
            <translation>尚无红黑榜。选择期间和类别后点“生成草稿”。</translation>
        </message>
        <message>
            <source>红榜</source>
            <translation>红榜</translation>
        </message>
        <message>
            <source>黑榜</source>
            <translation>黑榜</translation>
        </message>
        <message>
            <source>已发布，期号 %1，内容已冻结</source>
            <translation>已发布，期号 %1，内容已冻结</translation>
        </message>
        <message>
            <source>草稿，可审核修改</source>
            <translation>草稿，可审核修改</translation>
        </message>
        <message>
            <source>%1：红榜 %2 家，黑榜 %3 家；%4</source>
            <translation>%1：红榜 %2 家，黑榜 %3 家；%4</translation>
        </message>
        <message>
            <source>红黑榜</source>
            <translation>红黑榜</translation>
        </message>
        <message>
            <source>正在生成草稿…</source>
            <translation>正在生成草稿…</translation>
        </message>
        <message>
            <source>请先在表中选择一个条目。</source>
            <translation>请先在表中选择一个条目。</translation>
        </message>
        <message>
            <source>不予列入</source>
            <translation>不予列入</translation>
        </message>
        <message>
            <source>理由：</source>
            <translation>理由：</translation>
        </message>
        <message>
            <source>场所的说明（与条目一同公布）：</source>
            <translation>场所的说明（与条目一同公布）：</translation>
        </message>
        <message>
            <source>发布红黑榜</source>
            <translation>发布红黑榜</translation>
        </message>
        <message>
            <source>期号（发布后内容冻结，不能再修改）：</source>
            <translation>期号（发布后内容冻结，不能再修改）：</translation>
        </message>
        <message>
            <source>正在冻结快照…</source>
            <translation>正在冻结快照…</translation>
        </message>
        <message>
            <source>正在发布…</source>
            <translation>正在发布…</translation>
        </message>
        <message>
            <source>导出到文件夹</source>
            <translation>导出到文件夹</translation>
        </message>
        <message>
            <source>正在导出…</source>
            <translation>正在导出…</translation>
        </message>
        <message>
            <source>已导出 %1 个文件到 %2。%3</source>
            <translation>已导出 %1 个文件到 %2。%3</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>数据目录：%1</source>
            <translation>数据目录：%1</translation>
        </message>
        <message>
            <source>首页</source>
            <translation>首页</translation>
        </message>
        <message>
            <source>场所登记</source>
            <translation>场所登记</translation>
        </message>
        <message>
            <source>检查表模板</source>
            <translation>检查表模板</translation>
        </message>
        <message>
            <source>文书与签名</source>
            <translation>文书与签名</translation>
        </message>
        <message>
            <source>同步</source>
            <translation>同步</translation>
        </message>
        <message>
            <source>整改跟踪</source>
            <translation>整改跟踪</translation>
        </message>
        <message>
            <source>正在准备演示数据…</source>
            <translation>正在准备演示数据…</translation>
        </message>
        <message>
            <source>正在打开数据…</source>
            <translation>正在打开数据…</translation>
        </message>
        <message>
            <source>红黑榜</source>
            <translation>红黑榜</translation>
        </message>
        <message>
            <source>统计</source>
            <translation>统计</translation>
        </message>
        <message>
            <source>打印 PDF</source>
            <translation>打印 PDF</translation>
        </message>
        <message>
            <source>PDF 文件 (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>文件</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>导入场所…</source>
            <translation>导入场所…</translation>
        </message>
        <message>
            <source>导入学校…</source>
            <translation>导入学校…</translation>
        </message>
        <message>
            <source>导出场所…</source>
            <translation>导出场所…</translation>
        </message>
        <message>
            <source>导出学校…</source>
            <translation>导出学校…</translation>
        </message>
        <message>
            <source>验证 PDF 签名…</source>
            <translation>验证 PDF 签名…</translation>
        </message>
        <message>
            <source>打印 PDF…</source>
            <translation>打印 PDF…</translation>
        </message>
        <message>
            <source>退出</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>设置</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>设置…</source>
            <translation>设置…</translation>
        </message>
        <message>
            <source>帮助</source>
            <translation>帮助</translation>
        </message>
        <message>
            <source>关于</source>
            <translation>关于</translation>
        </message>
        <message>
            <source>文明创建巡查助手</source>
            <translation>文明创建巡查助手</translation>
        </message>
        <message>
            <source>（演示数据）</source>
            <translation>（演示数据）</translation>
        </message>
        <message>
            <source>草稿 %1</source>
            <translation>草稿 %1</translation>
        </message>
        <message>
            <source>未导出 %1</source>
            <translation>未导出 %1</translation>
        </message>
        <message>
            <source>逾期 %1</source>
            <translation>逾期 %1</translation>
        </message>
        <message>
            <source>尚未完成的检查</source>
            <translation>尚未完成的检查</translation>
        </message>
        <message>
            <source>上次导出给办公室之后新增或修改的记录</source>
            <translation>上次导出给办公室之后新增或修改的记录</translation>
        </message>
        <message>
            <source>已过整改期限的整改事项</source>
            <translation>已过整改期限的整改事项</translation>
        </message>
        <message>
            <source>⚠ 时钟偏慢</source>
            <translation>⚠ 时钟偏慢</translation>
        </message>
        <message>
            <source>本机时钟比已记录的时间早约 %1 分钟。请在系统设置中校正日期和时间；在此期间的更改会在下一次导出时一并发给办公室。</source>
            <translation>本机时钟比已记录的时间早约 %1 分钟。请在系统设置中校正日期和时间；在此期间的更改会在下一次导出时一并发给办公室。</translation>
        </message>
        <message>
            <source>已自动备份数据库：%1</source>
            <translation>已自动备份数据库：%1</translation>
        </message>
        <message>
            <source>自动备份失败：%1</source>
            <translation>自动备份失败：%1</translation>
        </message>
        <message>
            <source>备份与恢复…</source>
            <translation>备份与恢复…</translation>
        </message>
        <message>
            <source>界面语言</source>
            <translation>界面语言</translation>
        </message>
        <message>
            <source>巡查记录</source>
            <translation>巡查记录</translation>
        </message>
        <message>
            <source>网格地图</source>
            <translation>网格地图</translation>
        </message>
        <message>
            <source>无法开始复查</source>
            <translation>无法开始复查</translation>
        </message>
        <message>
            <source>无法打开</source>
            <translation>无法打开</translation>
        </message>
        <message>
            <source>新建巡查…</source>
            <translation>新建巡查…</translation>
        </message>
        <message>
            <source>新建巡查 (Ctrl+N)</source>
            <translation>新建巡查 (Ctrl+N)</translation>
        </message>
    </context>
    <context>
        <name>MapPage</name>
        <message>
            <source>网格：</source>
            <translation>网格：</translation>
        </message>
        <message>
            <source>刷新</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>全图</source>
            <translation>全图</translation>
        </message>
        <message>
            <source>全部网格</source>
            <translation>全部网格</translation>
        </message>
        <message>
            <source>&lt;span style='color:#2e7d32'&gt;■&lt;/span&gt; 校门　&lt;span style='color:#2e7d32'&gt;▭&lt;/span&gt; 校园边界　&lt;span style='color:#d32f2f'&gt;▭&lt;/span&gt; 边界外 {m:g} 米范围　&lt;span style='color:#1565c0'&gt;●&lt;/span&gt; 场所　&lt;span style='color:#d32f2f'&gt;●&lt;/span&gt; 范围内的受限场所（{n} 处）</source>
            <translation>&lt;span style='color:#2e7d32'&gt;■&lt;/span&gt; 校门　&lt;span style='color:#2e7d32'&gt;▭&lt;/span&gt; 校园边界　&lt;span style='color:#d32f2f'&gt;▭&lt;/span&gt; 边界外 {m:g} 米范围　&lt;span style='color:#1565c0'&gt;●&lt;/span&gt; 场所　&lt;span style='color:#d32f2f'&gt;●&lt;/span&gt; 范围内的受限场所（{n} 处）</translation>
        </message>
    </context>
    <context>
        <name>MeasurementWidget</name>
        <message>
            <source>不少于 {v} {u}</source>
            <translation>不少于 {v} {u}</translation>
        </message>
        <message>
            <source>不超过 {v} {u}</source>
            <translation>不超过 {v} {u}</translation>
        </message>
        <message>
            <source>，</source>
            <translation>，</translation>
        </message>
        <message>
            <source>符合限值</source>
            <translation>符合限值</translation>
        </message>
        <message>
            <source>超出限值</source>
            <translation>超出限值</translation>
        </message>
    </context>
    <context>
        <name>NewSiteBox</name>
        <message>
            <source>现场新建场所</source>
            <translation>现场新建场所</translation>
        </message>
        <message>
            <source>保存场所</source>
            <translation>保存场所</translation>
        </message>
        <message>
            <source>名称</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>类型</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>地址</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>网格</source>
            <translation>网格</translation>
        </message>
    </context>
    <context>
        <name>NumberBlocksPanel</name>
        <message>
            <source>文书编号段</source>
            <translation>文书编号段</translation>
        </message>
        <message>
            <source>前缀（默认沿用上次）</source>
            <translation>前缀（默认沿用上次）</translation>
        </message>
        <message>
            <source>分配编号段</source>
            <translation>分配编号段</translation>
        </message>
        <message>
            <source>设备：</source>
            <translation>设备：</translation>
        </message>
        <message>
            <source>个数：</source>
            <translation>个数：</translation>
        </message>
        <message>
            <source>编号段</source>
            <translation>编号段</translation>
        </message>
        <message>
            <source>设备</source>
            <translation>设备</translation>
        </message>
        <message>
            <source>已用</source>
            <translation>已用</translation>
        </message>
        <message>
            <source>共</source>
            <translation>共</translation>
        </message>
        <message>
            <source>给已登记设备分配不重叠的编号段；下次生成的配置包会带给设备。</source>
            <translation>给已登记设备分配不重叠的编号段；下次生成的配置包会带给设备。</translation>
        </message>
        <message>
            <source>创建办尚未给本机分配编号段：导入带编号段的配置包后，文书编号从中取用。</source>
            <translation>创建办尚未给本机分配编号段：导入带编号段的配置包后，文书编号从中取用。</translation>
        </message>
        <message>
            <source>编号段 %1：剩余 %2 个（共 %3 个）</source>
            <translation>编号段 %1：剩余 %2 个（共 %3 个）</translation>
        </message>
        <message>
            <source>。编号段即将用完，请向创建办申请新的编号段。</source>
            <translation>。编号段即将用完，请向创建办申请新的编号段。</translation>
        </message>
        <message>
            <source>已分配 %1%2–%3。</source>
            <translation>已分配 %1%2–%3。</translation>
        </message>
    </context>
    <context>
        <name>PaperworkSettingsDialog</name>
        <message>
            <source>文书设置</source>
            <translation>文书设置</translation>
        </message>
        <message>
            <source>创建办分配的编号前缀，如 苏仙巡〔2026〕</source>
            <translation>创建办分配的编号前缀，如 苏仙巡〔2026〕</translation>
        </message>
        <message>
            <source>剩余 %1 个</source>
            <translation>剩余 %1 个</translation>
        </message>
        <message>
            <source>（当前为临时编号段 %1）</source>
            <translation>（当前为临时编号段 %1）</translation>
        </message>
        <message>
            <source>文书编号段</source>
            <translation>文书编号段</translation>
        </message>
        <message>
            <source>前缀</source>
            <translation>前缀</translation>
        </message>
        <message>
            <source>起始号</source>
            <translation>起始号</translation>
        </message>
        <message>
            <source>结束号</source>
            <translation>结束号</translation>
        </message>
        <message>
            <source>选择…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <source>导出本人证书…</source>
            <translation>导出本人证书…</translation>
        </message>
        <message>
            <source>导入单位证书（PKCS#12）…</source>
            <translation>导入单位证书（PKCS#12）…</translation>
        </message>
        <message>
            <source>数字签名</source>
            <translation>数字签名</translation>
        </message>
        <message>
            <source>信任列表文件夹</source>
            <translation>信任列表文件夹</translation>
        </message>
        <message>
            <source>签名证书</source>
            <translation>签名证书</translation>
        </message>
        <message>
            <source>尚未生成（首次签名时生成自签名证书）</source>
            <translation>尚未生成（首次签名时生成自签名证书）</translation>
        </message>
        <message>
            <source>指纹：%1</source>
            <translation>指纹：%1</translation>
        </message>
        <message>
            <source>有效期至：%1</source>
            <translation>有效期至：%1</translation>
        </message>
        <message>
            <source>在信任列表中</source>
            <translation>在信任列表中</translation>
        </message>
        <message>
            <source>不在信任列表中</source>
            <translation>不在信任列表中</translation>
        </message>
        <message>
            <source>演示证书，无口令保护</source>
            <translation>演示证书，无口令保护</translation>
        </message>
        <message>
            <source>尚未生成签名证书。</source>
            <translation>尚未生成签名证书。</translation>
        </message>
        <message>
            <source>导出证书</source>
            <translation>导出证书</translation>
        </message>
        <message>
            <source>证书 (*.pem)</source>
            <translation>证书 (*.pem)</translation>
        </message>
        <message>
            <source>导入证书</source>
            <translation>导入证书</translation>
        </message>
        <message>
            <source>PKCS#12 (*.p12 *.pfx)</source>
            <translation>PKCS#12 (*.p12 *.pfx)</translation>
        </message>
        <message>
            <source>证书文件密码</source>
            <translation>证书文件密码</translation>
        </message>
        <message>
            <source>设置本机签名密钥口令</source>
            <translation>设置本机签名密钥口令</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>（尚无预览）</source>
            <translation>（尚无预览）</translation>
        </message>
        <message>
            <source>适合宽度</source>
            <translation>适合宽度</translation>
        </message>
        <message>
            <source>整页</source>
            <translation>整页</translation>
        </message>
        <message>
            <source>打印…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <source>打印这份签名文书（Ctrl+P）</source>
            <translation>打印这份签名文书（Ctrl+P）</translation>
        </message>
        <message>
            <source>打印预览…</source>
            <translation>打印预览…</translation>
        </message>
        <message>
            <source>%1  共 %2 页</source>
            <translation>%1  共 %2 页</translation>
        </message>
        <message>
            <source>无法显示此 PDF。</source>
            <translation>无法显示此 PDF。</translation>
        </message>
    </context>
    <context>
        <name>PdfPrinting</name>
        <message>
            <source>无法读取 %1，不能打印。</source>
            <translation>无法读取 %1，不能打印。</translation>
        </message>
        <message>
            <source>打印</source>
            <translation>打印</translation>
        </message>
        <message>
            <source>打印 %1</source>
            <translation>打印 %1</translation>
        </message>
        <message>
            <source>打印机没有接受打印任务。</source>
            <translation>打印机没有接受打印任务。</translation>
        </message>
        <message>
            <source>打印预览 %1</source>
            <translation>打印预览 %1</translation>
        </message>
        <message>
            <source>本机没有安装打印机，无法打印。可以把文书另存为 PDF，拿到有打印机的电脑上打印。</source>
            <translation>本机没有安装打印机，无法打印。可以把文书另存为 PDF，拿到有打印机的电脑上打印。</translation>
        </message>
        <message>
            <source>另存为 PDF…</source>
            <translation>另存为 PDF…</translation>
        </message>
        <message>
            <source>另存为 PDF</source>
            <translation>另存为 PDF</translation>
        </message>
        <message>
            <source>PDF 文件 (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>无法保存 %1：%2</source>
            <translation>无法保存 %1：%2</translation>
        </message>
        <message>
            <source>打印…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <source>打印预览…</source>
            <translation>打印预览…</translation>
        </message>
    </context>
    <context>
        <name>PendingCertsBox</name>
        <message>
            <source>待确认的检查人员证书</source>
            <translation>待确认的检查人员证书</translation>
        </message>
        <message>
            <source>设备送来的证书在这里确认后才会被信任，并随配置包发给各设备。请先与持有人核对证书指纹。</source>
            <translation>设备送来的证书在这里确认后才会被信任，并随配置包发给各设备。请先与持有人核对证书指纹。</translation>
        </message>
        <message>
            <source>持有人</source>
            <translation>持有人</translation>
        </message>
        <message>
            <source>指纹（SHA-256）</source>
            <translation>指纹（SHA-256）</translation>
        </message>
        <message>
            <source>设备</source>
            <translation>设备</translation>
        </message>
        <message>
            <source>到期</source>
            <translation>到期</translation>
        </message>
        <message>
            <source>信任所选证书…</source>
            <translation>信任所选证书…</translation>
        </message>
        <message>
            <source>信任证书</source>
            <translation>信任证书</translation>
        </message>
        <message>
            <source>持有人：%1
指纹：%2
设备：%3

确认信任这张证书吗？</source>
            <translation>持有人：%1
指纹：%2
设备：%3

确认信任这张证书吗？</translation>
        </message>
    </context>
    <context>
        <name>PhotoStrip</name>
        <message>
            <source>图片 (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff *.heic)</source>
            <translation>图片 (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff *.heic)</translation>
        </message>
        <message>
            <source>添加照片…</source>
            <translation>添加照片…</translation>
        </message>
        <message>
            <source>选择照片文件，或把照片拖到这里（Alt+P）</source>
            <translation>选择照片文件，或把照片拖到这里（Alt+P）</translation>
        </message>
        <message>
            <source>可将照片拖放到此处</source>
            <translation>可将照片拖放到此处</translation>
        </message>
        <message>
            <source>无法显示</source>
            <translation>无法显示</translation>
        </message>
        <message>
            <source>选择照片</source>
            <translation>选择照片</translation>
        </message>
        <message>
            <source>{name} 不是照片文件</source>
            <translation>{name} 不是照片文件</translation>
        </message>
    </context>
    <context>
        <name>RegisterPage</name>
        <message>
            <source>场所</source>
            <translation>场所</translation>
        </message>
        <message>
            <source>学校与幼儿园</source>
            <translation>学校与幼儿园</translation>
        </message>
    </context>
    <context>
        <name>RegisterTab</name>
        <message>
            <source>显示已归档</source>
            <translation>显示已归档</translation>
        </message>
        <message>
            <source>新建</source>
            <translation>新建</translation>
        </message>
        <message>
            <source>编辑</source>
            <translation>编辑</translation>
        </message>
        <message>
            <source>归档</source>
            <translation>归档</translation>
        </message>
        <message>
            <source>导入…</source>
            <translation>导入…</translation>
        </message>
        <message>
            <source>导出…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <source>新建（Ctrl+Shift+N）</source>
            <translation>新建（Ctrl+Shift+N）</translation>
        </message>
        <message>
            <source>搜索（Ctrl+F）</source>
            <translation>搜索（Ctrl+F）</translation>
        </message>
        <message>
            <source>共 %1 条</source>
            <translation>共 %1 条</translation>
        </message>
        <message>
            <source>恢复</source>
            <translation>恢复</translation>
        </message>
        <message>
            <source>无法打开</source>
            <translation>无法打开</translation>
        </message>
        <message>
            <source>操作失败</source>
            <translation>操作失败</translation>
        </message>
        <message>
            <source>导出到文件</source>
            <translation>导出到文件</translation>
        </message>
        <message>
            <source>Excel (*.xlsx);;CSV (*.csv)</source>
            <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <source>导出失败</source>
            <translation>导出失败</translation>
        </message>
    </context>
    <context>
        <name>RepeatBar</name>
        <message>
            <source>＋ 添加{title}</source>
            <translation>＋ 添加{title}</translation>
        </message>
        <message>
            <source>添加{title}</source>
            <translation>添加{title}</translation>
        </message>
        <message>
            <source>已添加 {name}</source>
            <translation>已添加 {name}</translation>
        </message>
    </context>
    <context>
        <name>SaveMark</name>
        <message>
            <source>保存中…</source>
            <translation>保存中…</translation>
        </message>
        <message>
            <source>✓ 已保存 {time}</source>
            <translation>✓ 已保存 {time}</translation>
        </message>
        <message>
            <source>✗ 未保存</source>
            <translation>✗ 未保存</translation>
        </message>
    </context>
    <context>
        <name>SchoolDialog</name>
        <message>
            <source>编辑学校</source>
            <translation>编辑学校</translation>
        </message>
        <message>
            <source>新建学校</source>
            <translation>新建学校</translation>
        </message>
        <message>
            <source>学校名称 *</source>
            <translation>学校名称 *</translation>
        </message>
        <message>
            <source>类型</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>地址</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>网格</source>
            <translation>网格</translation>
        </message>
        <message>
            <source>社区</source>
            <translation>社区</translation>
        </message>
        <message>
            <source>备注</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>名称（如 南门）</source>
            <translation>名称（如 南门）</translation>
        </message>
        <message>
            <source>纬度</source>
            <translation>纬度</translation>
        </message>
        <message>
            <source>经度</source>
            <translation>经度</translation>
        </message>
        <message>
            <source>添加校门</source>
            <translation>添加校门</translation>
        </message>
        <message>
            <source>添加边界点</source>
            <translation>添加边界点</translation>
        </message>
        <message>
            <source>删除所选</source>
            <translation>删除所选</translation>
        </message>
        <message>
            <source>新输入的坐标来自</source>
            <translation>新输入的坐标来自</translation>
        </message>
        <message>
            <source>保存</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>边界点按围墙顺序填写（至少 3 个），构成校园边界；场所到学校的直线距离量至边界最近点（200 米规则）。未录入边界时按校门点估算。</source>
            <translation>边界点按围墙顺序填写（至少 3 个），构成校园边界；场所到学校的直线距离量至边界最近点（200 米规则）。未录入边界时按校门点估算。</translation>
        </message>
        <message>
            <source>校门</source>
            <translation>校门</translation>
        </message>
        <message>
            <source>边界点</source>
            <translation>边界点</translation>
        </message>
        <message>
            <source>第 %1 个坐标点：%2</source>
            <translation>第 %1 个坐标点：%2</translation>
        </message>
        <message>
            <source>第 %1 个坐标点缺少纬度或经度</source>
            <translation>第 %1 个坐标点缺少纬度或经度</translation>
        </message>
    </context>
    <context>
        <name>SchoolsTab</name>
        <message>
            <source>搜索学校名称、地址、网格或社区</source>
            <translation>搜索学校名称、地址、网格或社区</translation>
        </message>
        <message>
            <source>名称</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>类型</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>地址</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>网格</source>
            <translation>网格</translation>
        </message>
        <message>
            <source>社区</source>
            <translation>社区</translation>
        </message>
        <message>
            <source>校门</source>
            <translation>校门</translation>
        </message>
        <message>
            <source>边界点</source>
            <translation>边界点</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>、</source>
            <translation>、</translation>
        </message>
        <message>
            <source>已归档</source>
            <translation>已归档</translation>
        </message>
        <message>
            <source>在册</source>
            <translation>在册</translation>
        </message>
    </context>
    <context>
        <name>ScorePanel</name>
        <message>
            <source>合格</source>
            <translation>合格</translation>
        </message>
        <message>
            <source>扣分</source>
            <translation>扣分</translation>
        </message>
        <message>
            <source>红线不合格 · 黑榜候选</source>
            <translation>红线不合格 · 黑榜候选</translation>
        </message>
        <message>
            <source>暂无扣分（检查进行中）</source>
            <translation>暂无扣分（检查进行中）</translation>
        </message>
        <message>
            <source>当前得分</source>
            <translation>当前得分</translation>
        </message>
        <message>
            <source>已答 %v / %m</source>
            <translation>已答 %v / %m</translation>
        </message>
        <message>
            <source>红线问题</source>
            <translation>红线问题</translation>
        </message>
        <message>
            <source>扣分明细</source>
            <translation>扣分明细</translation>
        </message>
        <message>
            <source>得分率 {r:.1f}%</source>
            <translation>得分率 {r:.1f}%</translation>
        </message>
        <message>
            <source>暂无计分项</source>
            <translation>暂无计分项</translation>
        </message>
        <message>
            <source>扣分合计：{d:g} 分</source>
            <translation>扣分合计：{d:g} 分</translation>
        </message>
        <message>
            <source>−{d:g}　{name}</source>
            <translation>−{d:g}　{name}</translation>
        </message>
    </context>
    <context>
        <name>ServiceDialog</name>
        <message>
            <source>登记送达</source>
            <translation>登记送达</translation>
        </message>
        <message>
            <source>整改通知书交给被检查单位后，填写实际送达的时间和送达人。保存后生成新版通知书，回证上写明送达时间（原版本保留）。</source>
            <translation>整改通知书交给被检查单位后，填写实际送达的时间和送达人。保存后生成新版通知书，回证上写明送达时间（原版本保留）。</translation>
        </message>
        <message>
            <source>送达时间(&amp;T)</source>
            <translation>送达时间(&amp;T)</translation>
        </message>
        <message>
            <source>送达人(&amp;S)</source>
            <translation>送达人(&amp;S)</translation>
        </message>
        <message>
            <source>请填写送达人姓名。</source>
            <translation>请填写送达人姓名。</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>设置</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>如：某街道文明创建办公室</source>
            <translation>如：某街道文明创建办公室</translation>
        </message>
        <message>
            <source>执法证号或身份证号</source>
            <translation>执法证号或身份证号</translation>
        </message>
        <message>
            <source>下次启动使用其他目录…</source>
            <translation>下次启动使用其他目录…</translation>
        </message>
        <message>
            <source>留空：只使用内置模板</source>
            <translation>留空：只使用内置模板</translation>
        </message>
        <message>
            <source>选择…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <source>单位名称</source>
            <translation>单位名称</translation>
        </message>
        <message>
            <source>检查员姓名</source>
            <translation>检查员姓名</translation>
        </message>
        <message>
            <source>检查员证件号</source>
            <translation>检查员证件号</translation>
        </message>
        <message>
            <source>所属社区</source>
            <translation>所属社区</translation>
        </message>
        <message>
            <source>所属网格</source>
            <translation>所属网格</translation>
        </message>
        <message>
            <source>数据目录</source>
            <translation>数据目录</translation>
        </message>
        <message>
            <source>本单位模板文件夹</source>
            <translation>本单位模板文件夹</translation>
        </message>
        <message>
            <source>保存</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>下次启动时使用：%1</source>
            <translation>下次启动时使用：%1</translation>
        </message>
        <message>
            <source>选择数据目录</source>
            <translation>选择数据目录</translation>
        </message>
        <message>
            <source>选择模板文件夹</source>
            <translation>选择模板文件夹</translation>
        </message>
        <message>
            <source>未保存</source>
            <translation>未保存</translation>
        </message>
    </context>
    <context>
        <name>SettingsExtras</name>
        <message>
            <source>留空：使用内置政策</source>
            <translation>留空：使用内置政策</translation>
        </message>
        <message>
            <source>留空：自动查找本机中文字体</source>
            <translation>留空：自动查找本机中文字体</translation>
        </message>
        <message>
            <source>本单位政策文件夹</source>
            <translation>本单位政策文件夹</translation>
        </message>
        <message>
            <source>备份文件夹</source>
            <translation>备份文件夹</translation>
        </message>
        <message>
            <source>PDF 中文字体</source>
            <translation>PDF 中文字体</translation>
        </message>
        <message>
            <source>界面语言</source>
            <translation>界面语言</translation>
        </message>
        <message>
            <source>文书语言</source>
            <translation>文书语言</translation>
        </message>
        <message>
            <source>选择…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <source>选择政策文件夹</source>
            <translation>选择政策文件夹</translation>
        </message>
        <message>
            <source>选择备份文件夹</source>
            <translation>选择备份文件夹</translation>
        </message>
        <message>
            <source>选择中文字体</source>
            <translation>选择中文字体</translation>
        </message>
        <message>
            <source>TrueType 字体 (*.ttf *.ttc);;所有文件 (*)</source>
            <translation>TrueType 字体 (*.ttf *.ttc);;所有文件 (*)</translation>
        </message>
    </context>
    <context>
        <name>SignaturePad</name>
        <message>
            <source>签名板</source>
            <translation>签名板</translation>
        </message>
        <message>
            <source>请在此处签名</source>
            <translation>请在此处签名</translation>
        </message>
    </context>
    <context>
        <name>SignerBox</name>
        <message>
            <source>姓名</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>如：店长、负责人</source>
            <translation>如：店长、负责人</translation>
        </message>
        <message>
            <source>职务</source>
            <translation>职务</translation>
        </message>
        <message>
            <source>清除</source>
            <translation>清除</translation>
        </message>
        <message>
            <source>撤销一笔</source>
            <translation>撤销一笔</translation>
        </message>
    </context>
    <context>
        <name>SigningDialog</name>
        <message>
            <source>现场签名</source>
            <translation>现场签名</translation>
        </message>
        <message>
            <source>检查人员（主办）</source>
            <translation>检查人员（主办）</translation>
        </message>
        <message>
            <source>检查人员（协办）</source>
            <translation>检查人员（协办）</translation>
        </message>
        <message>
            <source>检查人员的姓名取自检查记录，不能改写。</source>
            <translation>检查人员的姓名取自检查记录，不能改写。</translation>
        </message>
        <message>
            <source>被检查方代表</source>
            <translation>被检查方代表</translation>
        </message>
        <message>
            <source>被检查方拒绝签名</source>
            <translation>被检查方拒绝签名</translation>
        </message>
        <message>
            <source>拒签记录</source>
            <translation>拒签记录</translation>
        </message>
        <message>
            <source>拒签理由</source>
            <translation>拒签理由</translation>
        </message>
        <message>
            <source>见证人</source>
            <translation>见证人</translation>
        </message>
        <message>
            <source>保存签名</source>
            <translation>保存签名</translation>
        </message>
        <message>
            <source>已画的签名尚未保存。关闭后这些签名将丢失，确定放弃吗？</source>
            <translation>已画的签名尚未保存。关闭后这些签名将丢失，确定放弃吗？</translation>
        </message>
        <message>
            <source>放弃签名</source>
            <translation>放弃签名</translation>
        </message>
        <message>
            <source>继续签名</source>
            <translation>继续签名</translation>
        </message>
        <message>
            <source>（拒绝签名）</source>
            <translation>（拒绝签名）</translation>
        </message>
        <message>
            <source>请在此处签名</source>
            <translation>请在此处签名</translation>
        </message>
        <message>
            <source>主办检查人员须填写姓名并签名。</source>
            <translation>主办检查人员须填写姓名并签名。</translation>
        </message>
        <message>
            <source>协办检查人员的姓名未填写。</source>
            <translation>协办检查人员的姓名未填写。</translation>
        </message>
        <message>
            <source>请填写被检查方的拒签理由。</source>
            <translation>请填写被检查方的拒签理由。</translation>
        </message>
        <message>
            <source>拒签时须有见证人姓名和签名。</source>
            <translation>拒签时须有见证人姓名和签名。</translation>
        </message>
        <message>
            <source>被检查方代表须填写姓名并签名，或勾选“被检查方拒绝签名”。</source>
            <translation>被检查方代表须填写姓名并签名，或勾选“被检查方拒绝签名”。</translation>
        </message>
    </context>
    <context>
        <name>SiteDialog</name>
        <message>
            <source>%1“%2”不是数字</source>
            <translation>%1“%2”不是数字</translation>
        </message>
        <message>
            <source>{kind}（{group}）</source>
            <translation>{kind}（{group}）</translation>
        </message>
        <message>
            <source>编辑场所</source>
            <translation>编辑场所</translation>
        </message>
        <message>
            <source>新建场所</source>
            <translation>新建场所</translation>
        </message>
        <message>
            <source>校验位有误仍保存（标记为未核验）</source>
            <translation>校验位有误仍保存（标记为未核验）</translation>
        </message>
        <message>
            <source>纬度，如 25.7900</source>
            <translation>纬度，如 25.7900</translation>
        </message>
        <message>
            <source>经度，如 113.0400</source>
            <translation>经度，如 113.0400</translation>
        </message>
        <message>
            <source>来自</source>
            <translation>来自</translation>
        </message>
        <message>
            <source>名称 *</source>
            <translation>名称 *</translation>
        </message>
        <message>
            <source>类型 *</source>
            <translation>类型 *</translation>
        </message>
        <message>
            <source>地址</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>网格</source>
            <translation>网格</translation>
        </message>
        <message>
            <source>社区</source>
            <translation>社区</translation>
        </message>
        <message>
            <source>负责人</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>联系电话</source>
            <translation>联系电话</translation>
        </message>
        <message>
            <source>统一社会信用代码</source>
            <translation>统一社会信用代码</translation>
        </message>
        <message>
            <source>坐标（纬度, 经度）</source>
            <translation>坐标（纬度, 经度）</translation>
        </message>
        <message>
            <source>备注</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>证照种类</source>
            <translation>证照种类</translation>
        </message>
        <message>
            <source>编号</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>有效期至（年-月-日）</source>
            <translation>有效期至（年-月-日）</translation>
        </message>
        <message>
            <source>添加证照</source>
            <translation>添加证照</translation>
        </message>
        <message>
            <source>删除所选证照</source>
            <translation>删除所选证照</translation>
        </message>
        <message>
            <source>保存</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>证照</source>
            <translation>证照</translation>
        </message>
        <message>
            <source>已存为 WGS-84；来源：{source}。改动坐标时请选择其来自哪个地图。</source>
            <translation>已存为 WGS-84；来源：{source}。改动坐标时请选择其来自哪个地图。</translation>
        </message>
        <message>
            <source>已过期</source>
            <translation>已过期</translation>
        </message>
        <message>
            <source>纬度</source>
            <translation>纬度</translation>
        </message>
        <message>
            <source>经度</source>
            <translation>经度</translation>
        </message>
        <message>
            <source>第 %1 个证照：%2</source>
            <translation>第 %1 个证照：%2</translation>
        </message>
        <message>
            <source>%1。请核对；确属原样的，勾选“校验位有误仍保存”。</source>
            <translation>%1。请核对；确属原样的，勾选“校验位有误仍保存”。</translation>
        </message>
    </context>
    <context>
        <name>SiteHistory</name>
        <message>
            <source>巡查记录</source>
            <translation>巡查记录</translation>
        </message>
        <message>
            <source>新建巡查…</source>
            <translation>新建巡查…</translation>
        </message>
        <message>
            <source>复查未整改项目…</source>
            <translation>复查未整改项目…</translation>
        </message>
        <message>
            <source>尚无巡查记录</source>
            <translation>尚无巡查记录</translation>
        </message>
        <message>
            <source>共 {n} 次巡查，最近一次 {when}</source>
            <translation>共 {n} 次巡查，最近一次 {when}</translation>
        </message>
        <message>
            <source>复查未整改项目（{n} 项）…</source>
            <translation>复查未整改项目（{n} 项）…</translation>
        </message>
    </context>
    <context>
        <name>SitesTab</name>
        <message>
            <source>搜索名称、地址、网格、社区或负责人</source>
            <translation>搜索名称、地址、网格、社区或负责人</translation>
        </message>
        <message>
            <source>名称</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>类型</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>地址</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>网格</source>
            <translation>网格</translation>
        </message>
        <message>
            <source>社区</source>
            <translation>社区</translation>
        </message>
        <message>
            <source>负责人</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>联系电话</source>
            <translation>联系电话</translation>
        </message>
        <message>
            <source>证照</source>
            <translation>证照</translation>
        </message>
        <message>
            <source>坐标</source>
            <translation>坐标</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>（%1 个过期）</source>
            <translation>（%1 个过期）</translation>
        </message>
        <message>
            <source>已归档</source>
            <translation>已归档</translation>
        </message>
        <message>
            <source>在册</source>
            <translation>在册</translation>
        </message>
    </context>
    <context>
        <name>StartDialog</name>
        <message>
            <source>新建巡查</source>
            <translation>新建巡查</translation>
        </message>
        <message>
            <source>1. 场所(&amp;S)</source>
            <translation>1. 场所(&amp;S)</translation>
        </message>
        <message>
            <source>输入名称、地址或网格搜索（↓ 选择）</source>
            <translation>输入名称、地址或网格搜索（↓ 选择）</translation>
        </message>
        <message>
            <source>找不到？现场新建场所…</source>
            <translation>找不到？现场新建场所…</translation>
        </message>
        <message>
            <source>未选择场所</source>
            <translation>未选择场所</translation>
        </message>
        <message>
            <source>复查未整改项目(&amp;R)</source>
            <translation>复查未整改项目(&amp;R)</translation>
        </message>
        <message>
            <source>2. 检查表(&amp;T)（可多选，空格键勾选）</source>
            <translation>2. 检查表(&amp;T)（可多选，空格键勾选）</translation>
        </message>
        <message>
            <source>3. 检查信息</source>
            <translation>3. 检查信息</translation>
        </message>
        <message>
            <source>主检查员(&amp;L)</source>
            <translation>主检查员(&amp;L)</translation>
        </message>
        <message>
            <source>证件号</source>
            <translation>证件号</translation>
        </message>
        <message>
            <source>协检员(&amp;C)</source>
            <translation>协检员(&amp;C)</translation>
        </message>
        <message>
            <source>检查时间</source>
            <translation>检查时间</translation>
        </message>
        <message>
            <source>检查地点(&amp;D)</source>
            <translation>检查地点(&amp;D)</translation>
        </message>
        <message>
            <source>纬度, 经度（可粘贴，如 25.7912, 113.0321）</source>
            <translation>纬度, 经度（可粘贴，如 25.7912, 113.0321）</translation>
        </message>
        <message>
            <source>来自</source>
            <translation>来自</translation>
        </message>
        <message>
            <source>坐标(&amp;G)</source>
            <translation>坐标(&amp;G)</translation>
        </message>
        <message>
            <source>开始检查</source>
            <translation>开始检查</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>场所：&lt;b&gt;{name}&lt;/b&gt;（{kind}）{address}</source>
            <translation>场所：&lt;b&gt;{name}&lt;/b&gt;（{kind}）{address}</translation>
        </message>
        <message>
            <source>该场所有 {n} 项整改未完成：可只复查这些项目。</source>
            <translation>该场所有 {n} 项整改未完成：可只复查这些项目。</translation>
        </message>
        <message>
            <source>请填写主检查员姓名。</source>
            <translation>请填写主检查员姓名。</translation>
        </message>
        <message>
            <source>{title}（{n} 项）</source>
            <translation>{title}（{n} 项）</translation>
        </message>
        <message>
            <source>适用于该类场所，已建议选中</source>
            <translation>适用于该类场所，已建议选中</translation>
        </message>
        <message>
            <source>请先选择或新建场所</source>
            <translation>请先选择或新建场所</translation>
        </message>
        <message>
            <source>请至少选择一张检查表</source>
            <translation>请至少选择一张检查表</translation>
        </message>
        <message>
            <source>请填写主检查员姓名</source>
            <translation>请填写主检查员姓名</translation>
        </message>
        <message>
            <source>姓名</source>
            <translation>姓名</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>开始使用</source>
            <translation>开始使用</translation>
        </message>
        <message>
            <source>设置已保存。以后可在“设置”中修改。</source>
            <translation>设置已保存。以后可在“设置”中修改。</translation>
        </message>
        <message>
            <source>直接开始使用(&amp;S)</source>
            <translation>直接开始使用(&amp;S)</translation>
        </message>
        <message>
            <source>导入单位下发的配置包（场所登记、模板、文书编号）(&amp;U)</source>
            <translation>导入单位下发的配置包（场所登记、模板、文书编号）(&amp;U)</translation>
        </message>
        <message>
            <source>先看看演示数据（另开一个窗口，不影响您的数据）(&amp;D)</source>
            <translation>先看看演示数据（另开一个窗口，不影响您的数据）(&amp;D)</translation>
        </message>
        <message>
            <source>选择配置包…</source>
            <translation>选择配置包…</translation>
        </message>
        <message>
            <source>选择配置包</source>
            <translation>选择配置包</translation>
        </message>
        <message>
            <source>所有文件 (*)</source>
            <translation>所有文件 (*)</translation>
        </message>
        <message>
            <source>核对办公室密钥</source>
            <translation>核对办公室密钥</translation>
        </message>
        <message>
            <source>第一次导入“%1”的配置包。请与办公室核对密钥指纹：

%2

指纹一致吗？</source>
            <translation>第一次导入“%1”的配置包。请与办公室核对密钥指纹：

%2

指纹一致吗？</translation>
        </message>
        <message>
            <source>此版本不支持导入配置包。</source>
            <translation>此版本不支持导入配置包。</translation>
        </message>
        <message>
            <source>已导入“%1”的配置包：新增 %2 条、更新 %3 条记录。</source>
            <translation>已导入“%1”的配置包：新增 %2 条、更新 %3 条记录。</translation>
        </message>
    </context>
    <context>
        <name>StatsPage</name>
        <message>
            <source>季度 2026Q4 或月份 2026-10</source>
            <translation>季度 2026Q4 或月份 2026-10</translation>
        </message>
        <message>
            <source>统计</source>
            <translation>统计</translation>
        </message>
        <message>
            <source>导出 PDF…</source>
            <translation>导出 PDF…</translation>
        </message>
        <message>
            <source>导出 XLSX…</source>
            <translation>导出 XLSX…</translation>
        </message>
        <message>
            <source>分类别</source>
            <translation>分类别</translation>
        </message>
        <message>
            <source>分网格</source>
            <translation>分网格</translation>
        </message>
        <message>
            <source>分场所类型</source>
            <translation>分场所类型</translation>
        </message>
        <message>
            <source>分检查员</source>
            <translation>分检查员</translation>
        </message>
        <message>
            <source>不合格最多的检查项</source>
            <translation>不合格最多的检查项</translation>
        </message>
        <message>
            <source>逾期问题分网格</source>
            <translation>逾期问题分网格</translation>
        </message>
        <message>
            <source>期间</source>
            <translation>期间</translation>
        </message>
        <message>
            <source>正在统计…</source>
            <translation>正在统计…</translation>
        </message>
        <message>
            <source>%1：完成检查 %2 次（复查 %3 次），总得分率 %4；问题整改 %5</source>
            <translation>%1：完成检查 %2 次（复查 %3 次），总得分率 %4；问题整改 %5</translation>
        </message>
        <message>
            <source>名称</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>检查次数</source>
            <translation>检查次数</translation>
        </message>
        <message>
            <source>得分</source>
            <translation>得分</translation>
        </message>
        <message>
            <source>应得分</source>
            <translation>应得分</translation>
        </message>
        <message>
            <source>得分率</source>
            <translation>得分率</translation>
        </message>
        <message>
            <source>检查项</source>
            <translation>检查项</translation>
        </message>
        <message>
            <source>检查表 / 编号</source>
            <translation>检查表 / 编号</translation>
        </message>
        <message>
            <source>不合格次数</source>
            <translation>不合格次数</translation>
        </message>
        <message>
            <source>网格</source>
            <translation>网格</translation>
        </message>
        <message>
            <source>逾期问题数</source>
            <translation>逾期问题数</translation>
        </message>
        <message>
            <source>统计-%1</source>
            <translation>统计-%1</translation>
        </message>
        <message>
            <source>导出统计</source>
            <translation>导出统计</translation>
        </message>
        <message>
            <source>正在导出…</source>
            <translation>正在导出…</translation>
        </message>
        <message>
            <source>已导出：%1。%2</source>
            <translation>已导出：%1。%2</translation>
        </message>
    </context>
    <context>
        <name>SyncFields</name>
        <message>
            <source>启用</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>操作人</source>
            <translation>操作人</translation>
        </message>
        <message>
            <source>地址</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>更正次数</source>
            <translation>更正次数</translation>
        </message>
        <message>
            <source>作答时间</source>
            <translation>作答时间</translation>
        </message>
        <message>
            <source>已归档</source>
            <translation>已归档</translation>
        </message>
        <message>
            <source>分配给</source>
            <translation>分配给</translation>
        </message>
        <message>
            <source>时间</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>编号段</source>
            <translation>编号段</translation>
        </message>
        <message>
            <source>说明文字</source>
            <translation>说明文字</translation>
        </message>
        <message>
            <source>整改事项</source>
            <translation>整改事项</translation>
        </message>
        <message>
            <source>修改原因</source>
            <translation>修改原因</translation>
        </message>
        <message>
            <source>选项</source>
            <translation>选项</translation>
        </message>
        <message>
            <source>办结时间</source>
            <translation>办结时间</translation>
        </message>
        <message>
            <source>办结说明</source>
            <translation>办结说明</translation>
        </message>
        <message>
            <source>办结照片</source>
            <translation>办结照片</translation>
        </message>
        <message>
            <source>协办检查员证号</source>
            <translation>协办检查员证号</translation>
        </message>
        <message>
            <source>协办检查员</source>
            <translation>协办检查员</translation>
        </message>
        <message>
            <source>社区</source>
            <translation>社区</translation>
        </message>
        <message>
            <source>按坐标计算的距离（米）</source>
            <translation>按坐标计算的距离（米）</translation>
        </message>
        <message>
            <source>内容</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>内容校验值</source>
            <translation>内容校验值</translation>
        </message>
        <message>
            <source>坐标来源</source>
            <translation>坐标来源</translation>
        </message>
        <message>
            <source>数量</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>创建时间</source>
            <translation>创建时间</translation>
        </message>
        <message>
            <source>创建设备</source>
            <translation>创建设备</translation>
        </message>
        <message>
            <source>统一社会信用代码</source>
            <translation>统一社会信用代码</translation>
        </message>
        <message>
            <source>信用代码未校验</source>
            <translation>信用代码未校验</translation>
        </message>
        <message>
            <source>整改期限</source>
            <translation>整改期限</translation>
        </message>
        <message>
            <source>整改天数</source>
            <translation>整改天数</translation>
        </message>
        <message>
            <source>扣分</source>
            <translation>扣分</translation>
        </message>
        <message>
            <source>扣分合计</source>
            <translation>扣分合计</translation>
        </message>
        <message>
            <source>设备</source>
            <translation>设备</translation>
        </message>
        <message>
            <source>距离依据</source>
            <translation>距离依据</translation>
        </message>
        <message>
            <source>距离限值（米）</source>
            <translation>距离限值（米）</translation>
        </message>
        <message>
            <source>距离（米）</source>
            <translation>距离（米）</translation>
        </message>
        <message>
            <source>测距方法</source>
            <translation>测距方法</translation>
        </message>
        <message>
            <source>距离提醒</source>
            <translation>距离提醒</translation>
        </message>
        <message>
            <source>终点</source>
            <translation>终点</translation>
        </message>
        <message>
            <source>记录类型</source>
            <translation>记录类型</translation>
        </message>
        <message>
            <source>记录编号</source>
            <translation>记录编号</translation>
        </message>
        <message>
            <source>移交时间</source>
            <translation>移交时间</translation>
        </message>
        <message>
            <source>移交说明</source>
            <translation>移交说明</translation>
        </message>
        <message>
            <source>字段</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>文件名</source>
            <translation>文件名</translation>
        </message>
        <message>
            <source>发现情况</source>
            <translation>发现情况</translation>
        </message>
        <message>
            <source>完成时间</source>
            <translation>完成时间</translation>
        </message>
        <message>
            <source>起始号</source>
            <translation>起始号</translation>
        </message>
        <message>
            <source>发现日期</source>
            <translation>发现日期</translation>
        </message>
        <message>
            <source>生成时间</source>
            <translation>生成时间</translation>
        </message>
        <message>
            <source>定位精度（米）</source>
            <translation>定位精度（米）</translation>
        </message>
        <message>
            <source>网格</source>
            <translation>网格</translation>
        </message>
        <message>
            <source>高度</source>
            <translation>高度</translation>
        </message>
        <message>
            <source>输入校验值</source>
            <translation>输入校验值</translation>
        </message>
        <message>
            <source>所属检查</source>
            <translation>所属检查</translation>
        </message>
        <message>
            <source>发号时间</source>
            <translation>发号时间</translation>
        </message>
        <message>
            <source>检查项编号</source>
            <translation>检查项编号</translation>
        </message>
        <message>
            <source>检查项内容</source>
            <translation>检查项内容</translation>
        </message>
        <message>
            <source>类型</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>点位名称</source>
            <translation>点位名称</translation>
        </message>
        <message>
            <source>截止号</source>
            <translation>截止号</translation>
        </message>
        <message>
            <source>纬度</source>
            <translation>纬度</translation>
        </message>
        <message>
            <source>主办检查员证号</source>
            <translation>主办检查员证号</translation>
        </message>
        <message>
            <source>主办检查员</source>
            <translation>主办检查员</translation>
        </message>
        <message>
            <source>检查地点</source>
            <translation>检查地点</translation>
        </message>
        <message>
            <source>经度</source>
            <translation>经度</translation>
        </message>
        <message>
            <source>满分</source>
            <translation>满分</translation>
        </message>
        <message>
            <source>测量时间</source>
            <translation>测量时间</translation>
        </message>
        <message>
            <source>测量人</source>
            <translation>测量人</translation>
        </message>
        <message>
            <source>测量值</source>
            <translation>测量值</translation>
        </message>
        <message>
            <source>所属测量</source>
            <translation>所属测量</translation>
        </message>
        <message>
            <source>已采取的措施</source>
            <translation>已采取的措施</translation>
        </message>
        <message>
            <source>方法</source>
            <translation>方法</translation>
        </message>
        <message>
            <source>名称</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>最近的学校</source>
            <translation>最近的学校</translation>
        </message>
        <message>
            <source>新值</source>
            <translation>新值</translation>
        </message>
        <message>
            <source>备注</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>通知书编号</source>
            <translation>通知书编号</translation>
        </message>
        <message>
            <source>编号</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>原值</source>
            <translation>原值</translation>
        </message>
        <message>
            <source>保留原图</source>
            <translation>保留原图</translation>
        </message>
        <message>
            <source>原文件名</source>
            <translation>原文件名</translation>
        </message>
        <message>
            <source>原图校验值</source>
            <translation>原图校验值</translation>
        </message>
        <message>
            <source>结论</source>
            <translation>结论</translation>
        </message>
        <message>
            <source>页数</source>
            <translation>页数</translation>
        </message>
        <message>
            <source>原检查</source>
            <translation>原检查</translation>
        </message>
        <message>
            <source>电话</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>签名图校验值</source>
            <translation>签名图校验值</translation>
        </message>
        <message>
            <source>顺序</source>
            <translation>顺序</translation>
        </message>
        <message>
            <source>编号前缀</source>
            <translation>编号前缀</translation>
        </message>
        <message>
            <source>用途</source>
            <translation>用途</translation>
        </message>
        <message>
            <source>理由</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>复查日期</source>
            <translation>复查日期</translation>
        </message>
        <message>
            <source>触及红线</source>
            <translation>触及红线</translation>
        </message>
        <message>
            <source>拒签原因</source>
            <translation>拒签原因</translation>
        </message>
        <message>
            <source>拒签</source>
            <translation>拒签</translation>
        </message>
        <message>
            <source>复查</source>
            <translation>复查</translation>
        </message>
        <message>
            <source>重复出现</source>
            <translation>重复出现</translation>
        </message>
        <message>
            <source>替代的文书</source>
            <translation>替代的文书</translation>
        </message>
        <message>
            <source>负责人</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>结果</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>身份</source>
            <translation>身份</translation>
        </message>
        <message>
            <source>身份说明</source>
            <translation>身份说明</translation>
        </message>
        <message>
            <source>版本</source>
            <translation>版本</translation>
        </message>
        <message>
            <source>学校坐标来源</source>
            <translation>学校坐标来源</translation>
        </message>
        <message>
            <source>学校</source>
            <translation>学校</translation>
        </message>
        <message>
            <source>学校名称</source>
            <translation>学校名称</translation>
        </message>
        <message>
            <source>得分</source>
            <translation>得分</translation>
        </message>
        <message>
            <source>序号</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>送达时间</source>
            <translation>送达时间</translation>
        </message>
        <message>
            <source>送达人</source>
            <translation>送达人</translation>
        </message>
        <message>
            <source>严重程度</source>
            <translation>严重程度</translation>
        </message>
        <message>
            <source>文件校验值</source>
            <translation>文件校验值</translation>
        </message>
        <message>
            <source>已签章</source>
            <translation>已签章</translation>
        </message>
        <message>
            <source>签名时间</source>
            <translation>签名时间</translation>
        </message>
        <message>
            <source>签章人</source>
            <translation>签章人</translation>
        </message>
        <message>
            <source>场所</source>
            <translation>场所</translation>
        </message>
        <message>
            <source>场所类型</source>
            <translation>场所类型</translation>
        </message>
        <message>
            <source>场所名称</source>
            <translation>场所名称</translation>
        </message>
        <message>
            <source>来源</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>起点</source>
            <translation>起点</translation>
        </message>
        <message>
            <source>开始时间</source>
            <translation>开始时间</translation>
        </message>
        <message>
            <source>状态</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>存储文件校验值</source>
            <translation>存储文件校验值</translation>
        </message>
        <message>
            <source>拍摄时间</source>
            <translation>拍摄时间</translation>
        </message>
        <message>
            <source>检查表</source>
            <translation>检查表</translation>
        </message>
        <message>
            <source>检查表版本</source>
            <translation>检查表版本</translation>
        </message>
        <message>
            <source>文字</source>
            <translation>文字</translation>
        </message>
        <message>
            <source>工具</source>
            <translation>工具</translation>
        </message>
        <message>
            <source>修改时间</source>
            <translation>修改时间</translation>
        </message>
        <message>
            <source>有效期至</source>
            <translation>有效期至</translation>
        </message>
        <message>
            <source>宽度</source>
            <translation>宽度</translation>
        </message>
        <message>
            <source>见证人</source>
            <translation>见证人</translation>
        </message>
        <message>
            <source>其他字段</source>
            <translation>其他字段</translation>
        </message>
        <message>
            <source>是</source>
            <translation>是</translation>
        </message>
        <message>
            <source>否</source>
            <translation>否</translation>
        </message>
        <message>
            <source>合格</source>
            <translation>合格</translation>
        </message>
        <message>
            <source>不合格</source>
            <translation>不合格</translation>
        </message>
        <message>
            <source>不适用</source>
            <translation>不适用</translation>
        </message>
    </context>
    <context>
        <name>SyncFolderButtons</name>
        <message>
            <source>打开收件文件夹</source>
            <translation>打开收件文件夹</translation>
        </message>
        <message>
            <source>打开拒收文件夹</source>
            <translation>打开拒收文件夹</translation>
        </message>
        <message>
            <source>被拒收的数据包和拒收原因</source>
            <translation>被拒收的数据包和拒收原因</translation>
        </message>
        <message>
            <source>打开文件夹</source>
            <translation>打开文件夹</translation>
        </message>
        <message>
            <source>无法打开文件管理器。文件夹：%1</source>
            <translation>无法打开文件管理器。文件夹：%1</translation>
        </message>
    </context>
    <context>
        <name>SyncJob</name>
        <message>
            <source>操作失败：%1</source>
            <translation>操作失败：%1</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>场所</source>
            <translation>场所</translation>
        </message>
        <message>
            <source>证照</source>
            <translation>证照</translation>
        </message>
        <message>
            <source>学校</source>
            <translation>学校</translation>
        </message>
        <message>
            <source>学校点位</source>
            <translation>学校点位</translation>
        </message>
        <message>
            <source>检查</source>
            <translation>检查</translation>
        </message>
        <message>
            <source>检查表</source>
            <translation>检查表</translation>
        </message>
        <message>
            <source>检查项</source>
            <translation>检查项</translation>
        </message>
        <message>
            <source>照片</source>
            <translation>照片</translation>
        </message>
        <message>
            <source>手写签名</source>
            <translation>手写签名</translation>
        </message>
        <message>
            <source>文书</source>
            <translation>文书</translation>
        </message>
        <message>
            <source>文书编号</source>
            <translation>文书编号</translation>
        </message>
        <message>
            <source>整改</source>
            <translation>整改</translation>
        </message>
        <message>
            <source>复查带入的整改</source>
            <translation>复查带入的整改</translation>
        </message>
        <message>
            <source>修改记录</source>
            <translation>修改记录</translation>
        </message>
        <message>
            <source>编号段</source>
            <translation>编号段</translation>
        </message>
        <message>
            <source>更正</source>
            <translation>更正</translation>
        </message>
        <message>
            <source>距离测量</source>
            <translation>距离测量</translation>
        </message>
        <message>
            <source>送达记录</source>
            <translation>送达记录</translation>
        </message>
        <message>
            <source>已导入</source>
            <translation>已导入</translation>
        </message>
        <message>
            <source>重复</source>
            <translation>重复</translation>
        </message>
        <message>
            <source>拒收</source>
            <translation>拒收</translation>
        </message>
        <message>
            <source>已取消</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>其他记录</source>
            <translation>其他记录</translation>
        </message>
        <message>
            <source>交给办公室</source>
            <translation>交给办公室</translation>
        </message>
        <message>
            <source>导出数据包…</source>
            <translation>导出数据包…</translation>
        </message>
        <message>
            <source>导入办公室配置包…</source>
            <translation>导入办公室配置包…</translation>
        </message>
        <message>
            <source>导出设备信息…</source>
            <translation>导出设备信息…</translation>
        </message>
        <message>
            <source>交给办公室登记本机（设备编号和公钥）</source>
            <translation>交给办公室登记本机（设备编号和公钥）</translation>
        </message>
        <message>
            <source>设为办公室…</source>
            <translation>设为办公室…</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>办公室：收件导入</source>
            <translation>办公室：收件导入</translation>
        </message>
        <message>
            <source>登记设备…</source>
            <translation>登记设备…</translation>
        </message>
        <message>
            <source>生成配置包…</source>
            <translation>生成配置包…</translation>
        </message>
        <message>
            <source>收件文件夹：</source>
            <translation>收件文件夹：</translation>
        </message>
        <message>
            <source>选择…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <source>导入新数据包</source>
            <translation>导入新数据包</translation>
        </message>
        <message>
            <source>导入日志</source>
            <translation>导入日志</translation>
        </message>
        <message>
            <source>时间</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>数据包</source>
            <translation>数据包</translation>
        </message>
        <message>
            <source>设备</source>
            <translation>设备</translation>
        </message>
        <message>
            <source>记录</source>
            <translation>记录</translation>
        </message>
        <message>
            <source>结果</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>说明</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>待处理的冲突</source>
            <translation>待处理的冲突</translation>
        </message>
        <message>
            <source>处理…</source>
            <translation>处理…</translation>
        </message>
        <message>
            <source>数据</source>
            <translation>数据</translation>
        </message>
        <message>
            <source>类型</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>，</source>
            <translation>，</translation>
        </message>
        <message>
            <source>尚未导出：</source>
            <translation>尚未导出：</translation>
        </message>
        <message>
            <source>没有尚未导出的更改。</source>
            <translation>没有尚未导出的更改。</translation>
        </message>
        <message>
            <source>，办公室已确认收到</source>
            <translation>，办公室已确认收到</translation>
        </message>
        <message>
            <source>上次导出：%1（第 %2 号）</source>
            <translation>上次导出：%1（第 %2 号）</translation>
        </message>
        <message>
            <source>还没有导出过。</source>
            <translation>还没有导出过。</translation>
        </message>
        <message>
            <source>信任的办公室：%1（指纹 %2）</source>
            <translation>信任的办公室：%1（指纹 %2）</translation>
        </message>
        <message>
            <source>尚未导入办公室配置包：数据包将不加密。</source>
            <translation>尚未导入办公室配置包：数据包将不加密。</translation>
        </message>
        <message>
            <source>%1 · 密钥指纹 %2 · 已登记设备 %3 台</source>
            <translation>%1 · 密钥指纹 %2 · 已登记设备 %3 台</translation>
        </message>
        <message>
            <source>两处同时修改</source>
            <translation>两处同时修改</translation>
        </message>
        <message>
            <source>已完成的检查</source>
            <translation>已完成的检查</translation>
        </message>
        <message>
            <source>另一台设备的记录</source>
            <translation>另一台设备的记录</translation>
        </message>
        <message>
            <source>同步</source>
            <translation>同步</translation>
        </message>
        <message>
            <source>正在取消…</source>
            <translation>正在取消…</translation>
        </message>
        <message>
            <source>选择导出到的文件夹（如 U 盘）</source>
            <translation>选择导出到的文件夹（如 U 盘）</translation>
        </message>
        <message>
            <source>已加密</source>
            <translation>已加密</translation>
        </message>
        <message>
            <source>未加密</source>
            <translation>未加密</translation>
        </message>
        <message>
            <source>已导出 %1：记录 %2 条，文件 %3 个，%4。</source>
            <translation>已导出 %1：记录 %2 条，文件 %3 个，%4。</translation>
        </message>
        <message>
            <source> 有 %1 个文件找不到，未包含。</source>
            <translation> 有 %1 个文件找不到，未包含。</translation>
        </message>
        <message>
            <source>选择办公室配置包</source>
            <translation>选择办公室配置包</translation>
        </message>
        <message>
            <source>配置包 (*.inspbundle)</source>
            <translation>配置包 (*.inspbundle)</translation>
        </message>
        <message>
            <source>办公室配置包</source>
            <translation>办公室配置包</translation>
        </message>
        <message>
            <source>已安装办公室“%1”的第 %2 号配置包。</source>
            <translation>已安装办公室“%1”的第 %2 号配置包。</translation>
        </message>
        <message>
            <source>首次导入办公室“%1”的配置包。

请与办公室核对密钥指纹：
%2

指纹一致吗？</source>
            <translation>首次导入办公室“%1”的配置包。

请与办公室核对密钥指纹：
%2

指纹一致吗？</translation>
        </message>
        <message>
            <source>确认办公室密钥</source>
            <translation>确认办公室密钥</translation>
        </message>
        <message>
            <source>保存设备信息</source>
            <translation>保存设备信息</translation>
        </message>
        <message>
            <source>设备信息 (*.json)</source>
            <translation>设备信息 (*.json)</translation>
        </message>
        <message>
            <source>已写出设备信息 %1，公钥指纹 %2。</source>
            <translation>已写出设备信息 %1，公钥指纹 %2。</translation>
        </message>
        <message>
            <source>设为办公室</source>
            <translation>设为办公室</translation>
        </message>
        <message>
            <source>本机将作为办公室接收外勤设备的数据包。办公室名称：</source>
            <translation>本机将作为办公室接收外勤设备的数据包。办公室名称：</translation>
        </message>
        <message>
            <source>本机已是办公室“%1”，密钥指纹 %2。</source>
            <translation>本机已是办公室“%1”，密钥指纹 %2。</translation>
        </message>
        <message>
            <source>选择设备信息文件</source>
            <translation>选择设备信息文件</translation>
        </message>
        <message>
            <source>登记设备</source>
            <translation>登记设备</translation>
        </message>
        <message>
            <source>已登记设备 %1，指纹 %2。</source>
            <translation>已登记设备 %1，指纹 %2。</translation>
        </message>
        <message>
            <source>保存办公室配置包</source>
            <translation>保存办公室配置包</translation>
        </message>
        <message>
            <source>已写出配置包 %1。</source>
            <translation>已写出配置包 %1。</translation>
        </message>
        <message>
            <source>选择收件文件夹</source>
            <translation>选择收件文件夹</translation>
        </message>
        <message>
            <source>正在导入…</source>
            <translation>正在导入…</translation>
        </message>
        <message>
            <source>导入已取消，数据库未作任何更改。</source>
            <translation>导入已取消，数据库未作任何更改。</translation>
        </message>
        <message>
            <source>没有新的数据包。</source>
            <translation>没有新的数据包。</translation>
        </message>
        <message>
            <source>导入完成：</source>
            <translation>导入完成：</translation>
        </message>
        <message>
            <source>%1：%2</source>
            <translation>%1：%2</translation>
        </message>
    </context>
    <context>
        <name>TemplatesPage</name>
        <message>
            <source>合格/不合格</source>
            <translation>合格/不合格</translation>
        </message>
        <message>
            <source>计数</source>
            <translation>计数</translation>
        </message>
        <message>
            <source>测量</source>
            <translation>测量</translation>
        </message>
        <message>
            <source>文字</source>
            <translation>文字</translation>
        </message>
        <message>
            <source>选择</source>
            <translation>选择</translation>
        </message>
        <message>
            <source>红线</source>
            <translation>红线</translation>
        </message>
        <message>
            <source>扣分</source>
            <translation>扣分</translation>
        </message>
        <message>
            <source>提示</source>
            <translation>提示</translation>
        </message>
        <message>
            <source>全部场所类型</source>
            <translation>全部场所类型</translation>
        </message>
        <message>
            <source>检查表</source>
            <translation>检查表</translation>
        </message>
        <message>
            <source>编号</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>版本</source>
            <translation>版本</translation>
        </message>
        <message>
            <source>检查内容</source>
            <translation>检查内容</translation>
        </message>
        <message>
            <source>答案类型</source>
            <translation>答案类型</translation>
        </message>
        <message>
            <source>严重程度</source>
            <translation>严重程度</translation>
        </message>
        <message>
            <source>分值</source>
            <translation>分值</translation>
        </message>
        <message>
            <source>单位/判定</source>
            <translation>单位/判定</translation>
        </message>
        <message>
            <source>不合格拍照</source>
            <translation>不合格拍照</translation>
        </message>
        <message>
            <source>适用场所</source>
            <translation>适用场所</translation>
        </message>
        <message>
            <source>指引</source>
            <translation>指引</translation>
        </message>
        <message>
            <source>选择一个检查项查看完整指引。</source>
            <translation>选择一个检查项查看完整指引。</translation>
        </message>
        <message>
            <source>按场所类型筛选：</source>
            <translation>按场所类型筛选：</translation>
        </message>
        <message>
            <source>从工作簿导入…</source>
            <translation>从工作簿导入…</translation>
        </message>
        <message>
            <source>XLSForm 格式的 Excel 工作簿：survey、choices、settings 三张表</source>
            <translation>XLSForm 格式的 Excel 工作簿：survey、choices、settings 三张表</translation>
        </message>
        <message>
            <source>导出为工作簿…</source>
            <translation>导出为工作簿…</translation>
        </message>
        <message>
            <source>检查表模板</source>
            <translation>检查表模板</translation>
        </message>
        <message>
            <source>以下本单位模板有问题，未被采用：</source>
            <translation>以下本单位模板有问题，未被采用：</translation>
        </message>
        <message>
            <source>本单位模板：{file}</source>
            <translation>本单位模板：{file}</translation>
        </message>
        <message>
            <source>内置模板：{file}</source>
            <translation>内置模板：{file}</translation>
        </message>
        <message>
            <source>没有可显示的检查表。</source>
            <translation>没有可显示的检查表。</translation>
        </message>
        <message>
            <source>全部场所</source>
            <translation>全部场所</translation>
        </message>
        <message>
            <source>本单位模板</source>
            <translation>本单位模板</translation>
        </message>
        <message>
            <source>内置模板</source>
            <translation>内置模板</translation>
        </message>
        <message>
            <source>适用场所：{kinds}</source>
            <translation>适用场所：{kinds}</translation>
        </message>
        <message>
            <source>共 {sections} 节、{items} 项　内容指纹 {hash}</source>
            <translation>共 {sections} 节、{items} 项　内容指纹 {hash}</translation>
        </message>
        <message>
            <source>此项不适用于所选场所类型</source>
            <translation>此项不适用于所选场所类型</translation>
        </message>
        <message>
            <source>同检查表</source>
            <translation>同检查表</translation>
        </message>
        <message>
            <source>（选填）</source>
            <translation>（选填）</translation>
        </message>
        <message>
            <source>需要</source>
            <translation>需要</translation>
        </message>
        <message>
            <source>每个扣 {p} 分</source>
            <translation>每个扣 {p} 分</translation>
        </message>
        <message>
            <source>，最多 {m} 分</source>
            <translation>，最多 {m} 分</translation>
        </message>
        <message>
            <source>{p} 分</source>
            <translation>{p} 分</translation>
        </message>
        <message>
            <source>，</source>
            <translation>，</translation>
        </message>
        <message>
            <source>（距学校）</source>
            <translation>（距学校）</translation>
        </message>
        <message>
            <source>少于 {n} 不合格</source>
            <translation>少于 {n} 不合格</translation>
        </message>
        <message>
            <source>有即不合格</source>
            <translation>有即不合格</translation>
        </message>
        <message>
            <source>多于 {n} 不合格</source>
            <translation>多于 {n} 不合格</translation>
        </message>
        <message>
            <source>指引：</source>
            <translation>指引：</translation>
        </message>
        <message>
            <source>整改期限：{n} 天</source>
            <translation>整改期限：{n} 天</translation>
        </message>
        <message>
            <source>选择 XLSForm 工作簿</source>
            <translation>选择 XLSForm 工作簿</translation>
        </message>
        <message>
            <source>导出为工作簿</source>
            <translation>导出为工作簿</translation>
        </message>
        <message>
            <source>未能导出</source>
            <translation>未能导出</translation>
        </message>
    </context>
    <context>
        <name>TextWidget</name>
        <message>
            <source>在此填写情况说明</source>
            <translation>在此填写情况说明</translation>
        </message>
    </context>
    <context>
        <name>VerifyDialog</name>
        <message>
            <source>验证 PDF 签名</source>
            <translation>验证 PDF 签名</translation>
        </message>
        <message>
            <source>选择要验证的 PDF 文件</source>
            <translation>选择要验证的 PDF 文件</translation>
        </message>
        <message>
            <source>选择文件…</source>
            <translation>选择文件…</translation>
        </message>
        <message>
            <source>验证</source>
            <translation>验证</translation>
        </message>
        <message>
            <source>选择 PDF</source>
            <translation>选择 PDF</translation>
        </message>
        <message>
            <source>PDF 文件 (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>文件不存在：%1</source>
            <translation>文件不存在：%1</translation>
        </message>
    </context>
    <context>
        <name>WalkWindow</name>
        <message>
            <source>合格</source>
            <translation>合格</translation>
        </message>
        <message>
            <source>不合格</source>
            <translation>不合格</translation>
        </message>
        <message>
            <source>不适用</source>
            <translation>不适用</translation>
        </message>
        <message>
            <source>已填</source>
            <translation>已填</translation>
        </message>
        <message>
            <source>未答</source>
            <translation>未答</translation>
        </message>
        <message>
            <source>复查：{site}</source>
            <translation>复查：{site}</translation>
        </message>
        <message>
            <source>巡查：{site}</source>
            <translation>巡查：{site}</translation>
        </message>
        <message>
            <source>检查信息…</source>
            <translation>检查信息…</translation>
        </message>
        <message>
            <source>显示全部 (Ctrl+L)</source>
            <translation>显示全部 (Ctrl+L)</translation>
        </message>
        <message>
            <source>跳转 (Ctrl+F)</source>
            <translation>跳转 (Ctrl+F)</translation>
        </message>
        <message>
            <source>更正当前项(&amp;A)…</source>
            <translation>更正当前项(&amp;A)…</translation>
        </message>
        <message>
            <source>完成检查 (Ctrl+Enter)</source>
            <translation>完成检查 (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>◀ 上一项</source>
            <translation>◀ 上一项</translation>
        </message>
        <message>
            <source>下一项 ▶</source>
            <translation>下一项 ▶</translation>
        </message>
        <message>
            <source>、</source>
            <translation>、</translation>
        </message>
        <message>
            <source>&lt;b style='font-size:15pt'&gt;{site}&lt;/b&gt;（{kind}）　检查人：{people}　{when}&lt;br&gt;{loc}</source>
            <translation>&lt;b style='font-size:15pt'&gt;{site}&lt;/b&gt;（{kind}）　检查人：{people}　{when}&lt;br&gt;{loc}</translation>
        </message>
        <message>
            <source>照片已保存</source>
            <translation>照片已保存</translation>
        </message>
        <message>
            <source>照片已删除</source>
            <translation>照片已删除</translation>
        </message>
        <message>
            <source>此检查已于 {when} 完成并锁定，只能查看。</source>
            <translation>此检查已于 {when} 完成并锁定，只能查看。</translation>
        </message>
        <message>
            <source>已是最后一项。按 Ctrl+Enter 完成检查。</source>
            <translation>已是最后一项。按 Ctrl+Enter 完成检查。</translation>
        </message>
        <message>
            <source>逐项显示 (Ctrl+L)</source>
            <translation>逐项显示 (Ctrl+L)</translation>
        </message>
        <message>
            <source>已保存 {code}</source>
            <translation>已保存 {code}</translation>
        </message>
        <message>
            <source>备注已保存</source>
            <translation>备注已保存</translation>
        </message>
        <message>
            <source>测量已保存</source>
            <translation>测量已保存</translation>
        </message>
        <message>
            <source>测量已删除</source>
            <translation>测量已删除</translation>
        </message>
        <message>
            <source>距最近学校 {m:.1f} 米（直线，按坐标）</source>
            <translation>距最近学校 {m:.1f} 米（直线，按坐标）</translation>
        </message>
        <message>
            <source>未能保存</source>
            <translation>未能保存</translation>
        </message>
        <message>
            <source>复查已完成并锁定，整改事项已更新</source>
            <translation>复查已完成并锁定，整改事项已更新</translation>
        </message>
        <message>
            <source>检查已完成并锁定</source>
            <translation>检查已完成并锁定</translation>
        </message>
        <message>
            <source>此检查没有检查项。</source>
            <translation>此检查没有检查项。</translation>
        </message>
        <message>
            <source>&lt;b&gt;{tpl} · {section}&lt;/b&gt;　本节第 {pos}/{n} 项（已答 {done}）　全部第 {i}/{total} 项</source>
            <translation>&lt;b&gt;{tpl} · {section}&lt;/b&gt;　本节第 {pos}/{n} 项（已答 {done}）　全部第 {i}/{total} 项</translation>
        </message>
        <message>
            <source>更正已保存</source>
            <translation>更正已保存</translation>
        </message>
        <message>
            <source>检查信息已保存</source>
            <translation>检查信息已保存</translation>
        </message>
        <message>
            <source>复查</source>
            <translation>复查</translation>
        </message>
        <message>
            <source>有内容未保存</source>
            <translation>有内容未保存</translation>
        </message>
        <message>
            <source>有填写的内容没能保存：
{why}

关闭窗口会丢失这些内容。仍然关闭吗？</source>
            <translation>有填写的内容没能保存：
{why}

关闭窗口会丢失这些内容。仍然关闭吗？</translation>
        </message>
    </context>
    <context>
        <name>WorkbookImportDialog</name>
        <message>
            <source>从工作簿导入检查表：{name}</source>
            <translation>从工作簿导入检查表：{name}</translation>
        </message>
        <message>
            <source>编号</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>检查内容</source>
            <translation>检查内容</translation>
        </message>
        <message>
            <source>答案类型</source>
            <translation>答案类型</translation>
        </message>
        <message>
            <source>条件与约束</source>
            <translation>条件与约束</translation>
        </message>
        <message>
            <source>导入到本单位模板文件夹</source>
            <translation>导入到本单位模板文件夹</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>有效：{title}（{id} 第 {version} 版，{sections} 节，{items} 项）。</source>
            <translation>有效：{title}（{id} 第 {version} 版，{sections} 节，{items} 项）。</translation>
        </message>
        <message>
            <source>；</source>
            <translation>；</translation>
        </message>
        <message>
            <source>尚未设置本单位模板文件夹：请先在“设置”中选择，再导入。</source>
            <translation>尚未设置本单位模板文件夹：请先在“设置”中选择，再导入。</translation>
        </message>
        <message>
            <source>（逐个填写）</source>
            <translation>（逐个填写）</translation>
        </message>
        <message>
            <source>工作簿有 {n} 个问题，未导入任何内容。请按“工作表，行，列”改正后再试：</source>
            <translation>工作簿有 {n} 个问题，未导入任何内容。请按“工作表，行，列”改正后再试：</translation>
        </message>
        <message>
            <source>未能导入</source>
            <translation>未能导入</translation>
        </message>
    </context>
    <context>
        <name>_NumberWidget</name>
        <message>
            <source>输入数字</source>
            <translation>输入数字</translation>
        </message>
    </context>
    <context>
        <name>_OutcomeButtons</name>
        <message>
            <source>合格</source>
            <translation>合格</translation>
        </message>
        <message>
            <source>不合格</source>
            <translation>不合格</translation>
        </message>
        <message>
            <source>不适用</source>
            <translation>不适用</translation>
        </message>
    </context>
    <context>
        <name>_Thumb</name>
        <message>
            <source>删除此照片</source>
            <translation>删除此照片</translation>
        </message>
    </context>
    <context>
        <name>_Watcher</name>
        <message>
            <source>只能填 {lo} 到 {hi}：输入的“{digit}”未被接受，请核对。</source>
            <translation>只能填 {lo} 到 {hi}：输入的“{digit}”未被接受，请核对。</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>无法启动</source>
            <translation>无法启动</translation>
        </message>
        <message>
            <source>数据库已损坏</source>
            <translation>数据库已损坏</translation>
        </message>
        <message>
            <source>恢复备份 %1？损坏的数据库会另存在数据目录中，不会删除。</source>
            <translation>恢复备份 %1？损坏的数据库会另存在数据目录中，不会删除。</translation>
        </message>
        <message>
            <source>恢复这份备份</source>
            <translation>恢复这份备份</translation>
        </message>
        <message>
            <source>退出</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>恢复失败</source>
            <translation>恢复失败</translation>
        </message>
    </context>
    <context>
        <name>i18n</name>
        <message>
            <source>跟随系统</source>
            <translation>跟随系统</translation>
        </message>
    </context>
    <context>
        <name>services</name>
        <message>
            <source>当前数据库不是 SQLite 文件（如 PostgreSQL），请用数据库自身的工具备份。</source>
            <translation>当前数据库不是 SQLite 文件（如 PostgreSQL），请用数据库自身的工具备份。</translation>
        </message>
        <message>
            <source>无法写入备份到 {}：{}</source>
            <translation>无法写入备份到 {}：{}</translation>
        </message>
        <message>
            <source>备份文件 {} 不存在。</source>
            <translation>备份文件 {} 不存在。</translation>
        </message>
        <message>
            <source>{} 不是可用的数据库文件：{}</source>
            <translation>{} 不是可用的数据库文件：{}</translation>
        </message>
        <message>
            <source>备份 {} 已损坏（完整性检查：{}），未恢复。</source>
            <translation>备份 {} 已损坏（完整性检查：{}），未恢复。</translation>
        </message>
        <message>
            <source>{} 不是本程序的数据库备份，未恢复。</source>
            <translation>{} 不是本程序的数据库备份，未恢复。</translation>
        </message>
        <message>
            <source>数据库已损坏（完整性检查：{}），没有备份，以免损坏的副本取代完好的备份。</source>
            <translation>数据库已损坏（完整性检查：{}），没有备份，以免损坏的副本取代完好的备份。</translation>
        </message>
        <message>
            <source>无法另存当前数据库，未恢复：{}</source>
            <translation>无法另存当前数据库，未恢复：{}</translation>
        </message>
        <message>
            <source>恢复失败，已保留原数据库：{}</source>
            <translation>恢复失败，已保留原数据库：{}</translation>
        </message>
        <message>
            <source>{} 第 {} 行：{}</source>
            <translation>{} 第 {} 行：{}</translation>
        </message>
        <message>
            <source>不是 .yaml 模板文件</source>
            <translation>不是 .yaml 模板文件</translation>
        </message>
        <message>
            <source>YAML 格式错误（{}）</source>
            <translation>YAML 格式错误（{}）</translation>
        </message>
        <message>
            <source>文件的顶层应为键值表（键: 值）</source>
            <translation>文件的顶层应为键值表（键: 值）</translation>
        </message>
        <message>
            <source>deadline_days 应为 严重程度: 天数 的键值表</source>
            <translation>deadline_days 应为 严重程度: 天数 的键值表</translation>
        </message>
        <message>
            <source>未知的严重程度 {!r}</source>
            <translation>未知的严重程度 {!r}</translation>
        </message>
        <message>
            <source>整改期限应为非负整数（天数），实为 {!r}</source>
            <translation>整改期限应为非负整数（天数），实为 {!r}</translation>
        </message>
        <message>
            <source>内容的结构不对（{}）</source>
            <translation>内容的结构不对（{}）</translation>
        </message>
        <message>
            <source>找不到这次检查。</source>
            <translation>找不到这次检查。</translation>
        </message>
        <message>
            <source>检查尚未完成，不能据此立案整改。</source>
            <translation>检查尚未完成，不能据此立案整改。</translation>
        </message>
        <message>
            <source>找不到这条整改事项。</source>
            <translation>找不到这条整改事项。</translation>
        </message>
        <message>
            <source>这条整改事项已经办结，不能再修改。</source>
            <translation>这条整改事项已经办结，不能再修改。</translation>
        </message>
        <message>
            <source>请写明当场整改的情况。</source>
            <translation>请写明当场整改的情况。</translation>
        </message>
        <message>
            <source>找不到照片文件 {}。</source>
            <translation>找不到照片文件 {}。</translation>
        </message>
        <message>
            <source>整改期限不能早于发现问题的日期。</source>
            <translation>整改期限不能早于发现问题的日期。</translation>
        </message>
        <message>
            <source>请写明移交执法的理由或接收部门。</source>
            <translation>请写明移交执法的理由或接收部门。</translation>
        </message>
        <message>
            <source>无法创建数据目录 {}：{}</source>
            <translation>无法创建数据目录 {}：{}</translation>
        </message>
        <message>
            <source>无法锁定数据目录 {}：{}</source>
            <translation>无法锁定数据目录 {}：{}</translation>
        </message>
        <message>
            <source>数据库 {} 已损坏（完整性检查：{}），程序没有打开它，也没有改动它。没有找到完好的备份：请保留数据目录 {}，交技术人员处理。</source>
            <translation>数据库 {} 已损坏（完整性检查：{}），程序没有打开它，也没有改动它。没有找到完好的备份：请保留数据目录 {}，交技术人员处理。</translation>
        </message>
        <message>
            <source>数据库 {} 已损坏（完整性检查：{}），程序没有打开它，也没有改动它。最近一份完好的备份是 {}（{}）。恢复它（损坏的数据库会另存一份）：inspector --data-dir "{}" db restore "{}"</source>
            <translation>数据库 {} 已损坏（完整性检查：{}），程序没有打开它，也没有改动它。最近一份完好的备份是 {}（{}）。恢复它（损坏的数据库会另存一份）：inspector --data-dir "{}" db restore "{}"</translation>
        </message>
        <message>
            <source>目录 {} 已有数据库：演示数据只能生成到新的或空的目录中。</source>
            <translation>目录 {} 已有数据库：演示数据只能生成到新的或空的目录中。</translation>
        </message>
        <message>
            <source>编号前缀不能为空。</source>
            <translation>编号前缀不能为空。</translation>
        </message>
        <message>
            <source>编号范围 {}–{} 无效：起始号应不小于 1，且不大于结束号。</source>
            <translation>编号范围 {}–{} 无效：起始号应不小于 1，且不大于结束号。</translation>
        </message>
        <message>
            <source>编号段 {}{}–{} 已用完，请向创建办申请新的编号段，并在设置中填写。</source>
            <translation>编号段 {}{}–{} 已用完，请向创建办申请新的编号段，并在设置中填写。</translation>
        </message>
        <message>
            <source>文书编号分配冲突，请重试。</source>
            <translation>文书编号分配冲突，请重试。</translation>
        </message>
        <message>
            <source>合格</source>
            <translation>合格</translation>
        </message>
        <message>
            <source>扣分</source>
            <translation>扣分</translation>
        </message>
        <message>
            <source>不合格（红线问题，列入黑榜候选）</source>
            <translation>不合格（红线问题，列入黑榜候选）</translation>
        </message>
        <message>
            <source>找不到检查记录 {}。</source>
            <translation>找不到检查记录 {}。</translation>
        </message>
        <message>
            <source>检查记录 {} 的场所已不存在。</source>
            <translation>检查记录 {} 的场所已不存在。</translation>
        </message>
        <message>
            <source>检查表 {} 的存档内容无法读取：{}</source>
            <translation>检查表 {} 的存档内容无法读取：{}</translation>
        </message>
        <message>
            <source>现场检查记录</source>
            <translation>现场检查记录</translation>
        </message>
        <message>
            <source>限期整改通知书</source>
            <translation>限期整改通知书</translation>
        </message>
        <message>
            <source>只有被检查方可以记录“拒绝签名”。</source>
            <translation>只有被检查方可以记录“拒绝签名”。</translation>
        </message>
        <message>
            <source>被检查方拒绝签名时，须填写拒签理由和见证人姓名。</source>
            <translation>被检查方拒绝签名时，须填写拒签理由和见证人姓名。</translation>
        </message>
        <message>
            <source>签名为空：请在签名板上签名。</source>
            <translation>签名为空：请在签名板上签名。</translation>
        </message>
        <message>
            <source>已完成</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>草稿</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>这次检查没有不合格项，无需开具限期整改通知书。</source>
            <translation>这次检查没有不合格项，无需开具限期整改通知书。</translation>
        </message>
        <message>
            <source>检查尚未完成，不能签发文书：请先完成检查（预览不受此限）。</source>
            <translation>检查尚未完成，不能签发文书：请先完成检查（预览不受此限）。</translation>
        </message>
        <message>
            <source>是</source>
            <translation>是</translation>
        </message>
        <message>
            <source>否</source>
            <translation>否</translation>
        </message>
        <message>
            <source>签名完整（未被改动）：{}</source>
            <translation>签名完整（未被改动）：{}</translation>
        </message>
        <message>
            <source>签名覆盖整个文件：{}</source>
            <translation>签名覆盖整个文件：{}</translation>
        </message>
        <message>
            <source>签名人：{}</source>
            <translation>签名人：{}</translation>
        </message>
        <message>
            <source>签名时间：{}</source>
            <translation>签名时间：{}</translation>
        </message>
        <message>
            <source>文书：{} 编号 {}</source>
            <translation>文书：{} 编号 {}</translation>
        </message>
        <message>
            <source>记录标识：{}</source>
            <translation>记录标识：{}</translation>
        </message>
        <message>
            <source>内容摘要（PDF 内）：{}</source>
            <translation>内容摘要（PDF 内）：{}</translation>
        </message>
        <message>
            <source>与数据库中的记录一致</source>
            <translation>与数据库中的记录一致</translation>
        </message>
        <message>
            <source>与数据库不一致（数据库中为 {}）</source>
            <translation>与数据库不一致（数据库中为 {}）</translation>
        </message>
        <message>
            <source>本数据库中没有这条记录，未比对</source>
            <translation>本数据库中没有这条记录，未比对</translation>
        </message>
        <message>
            <source>记录摘要：{}</source>
            <translation>记录摘要：{}</translation>
        </message>
        <message>
            <source>备份数据库</source>
            <translation>备份数据库</translation>
        </message>
        <message>
            <source>打开数据目录</source>
            <translation>打开数据目录</translation>
        </message>
        <message>
            <source>编号段 {}{}–{} 与已有的编号段 {}{}–{}（{}）重叠，同一编号会被用两次。请使用创建办分配的编号段。</source>
            <translation>编号段 {}{}–{} 与已有的编号段 {}{}–{}（{}）重叠，同一编号会被用两次。请使用创建办分配的编号段。</translation>
        </message>
        <message>
            <source>文书编号 {} 已经用过（{}），同一编号不能用两次。请向创建办申请新的编号段。</source>
            <translation>文书编号 {} 已经用过（{}），同一编号不能用两次。请向创建办申请新的编号段。</translation>
        </message>
        <message>
            <source>记录已更正（{}）</source>
            <translation>记录已更正（{}）</translation>
        </message>
        <message>
            <source>新的签名：{}</source>
            <translation>新的签名：{}</translation>
        </message>
        <message>
            <source>加盖电子签名</source>
            <translation>加盖电子签名</translation>
        </message>
        <message>
            <source>整改期限或文书语言变更</source>
            <translation>整改期限或文书语言变更</translation>
        </message>
        <message>
            <source>记录在签名后已更正：{} 的签名（或拒签记录）是在更正前给出的。请重新签名（被检查方拒签的，重新记录拒签理由和见证人）后再签发。</source>
            <translation>记录在签名后已更正：{} 的签名（或拒签记录）是在更正前给出的。请重新签名（被检查方拒签的，重新记录拒签理由和见证人）后再签发。</translation>
        </message>
        <message>
            <source>第 {} 版的文件缺失或被改动，按原内容重新生成</source>
            <translation>第 {} 版的文件缺失或被改动，按原内容重新生成</translation>
        </message>
        <message>
            <source>文书文件 {} 已存在，不能覆盖。</source>
            <translation>文书文件 {} 已存在，不能覆盖。</translation>
        </message>
        <message>
            <source>版本：第 {} 版</source>
            <translation>版本：第 {} 版</translation>
        </message>
        <message>
            <source>与数据库中第 {} 版签发时的记录一致，但已被第 {} 版取代（{}）</source>
            <translation>与数据库中第 {} 版签发时的记录一致，但已被第 {} 版取代（{}）</translation>
        </message>
        <message>
            <source>无法读取文件 {}：{}</source>
            <translation>无法读取文件 {}：{}</translation>
        </message>
        <message>
            <source>登记送达时间 {}（送达人 {}）</source>
            <translation>登记送达时间 {}（送达人 {}）</translation>
        </message>
        <message>
            <source>这一栏须由记录上的检查人员 {} 本人签名，不能填写 {}。</source>
            <translation>这一栏须由记录上的检查人员 {} 本人签名，不能填写 {}。</translation>
        </message>
        <message>
            <source>签名证书属于“{}”，而本记录的检查人员是 {}：只有记录上的检查人员可以签名。</source>
            <translation>签名证书属于“{}”，而本记录的检查人员是 {}：只有记录上的检查人员可以签名。</translation>
        </message>
        <message>
            <source>照片</source>
            <translation>照片</translation>
        </message>
        <message>
            <source>签名图片</source>
            <translation>签名图片</translation>
        </message>
        <message>
            <source>{}文件 {} 不见了（{} {} 的检查，记录 {}）。{}</source>
            <translation>{}文件 {} 不见了（{} {} 的检查，记录 {}）。{}</translation>
        </message>
        <message>
            <source>{}文件 {} 与存储时的 SHA-256 不一致，已被替换或改动（{} {} 的检查，记录 {}）。{}</source>
            <translation>{}文件 {} 与存储时的 SHA-256 不一致，已被替换或改动（{} {} 的检查，记录 {}）。{}</translation>
        </message>
        <message>
            <source>不能用它制作文书。</source>
            <translation>不能用它制作文书。</translation>
        </message>
        <message>
            <source>不能导出数据包。</source>
            <translation>不能导出数据包。</translation>
        </message>
        <message>
            <source>{}另有 {} 个证据文件有问题，请运行 inspector db check 查看。</source>
            <translation>{}另有 {} 个证据文件有问题，请运行 inspector db check 查看。</translation>
        </message>
        <message>
            <source>未签名（按要求）。</source>
            <translation>未签名（按要求）。</translation>
        </message>
        <message>
            <source>本版本尚不支持签名。</source>
            <translation>本版本尚不支持签名。</translation>
        </message>
        <message>
            <source>未签名：本版本尚不支持签名。</source>
            <translation>未签名：本版本尚不支持签名。</translation>
        </message>
        <message>
            <source>尚未生成签名密钥：请先生成或导入签名证书。</source>
            <translation>尚未生成签名密钥：请先生成或导入签名证书。</translation>
        </message>
        <message>
            <source>未签名：尚未生成签名密钥。</source>
            <translation>未签名：尚未生成签名密钥。</translation>
        </message>
        <message>
            <source>无法创建输出目录 {}：{}</source>
            <translation>无法创建输出目录 {}：{}</translation>
        </message>
        <message>
            <source>正在生成公告 PDF…</source>
            <translation>正在生成公告 PDF…</translation>
        </message>
        <message>
            <source>正在生成公告 XLSX…</source>
            <translation>正在生成公告 XLSX…</translation>
        </message>
        <message>
            <source>正在签名…</source>
            <translation>正在签名…</translation>
        </message>
        <message>
            <source>导出完成</source>
            <translation>导出完成</translation>
        </message>
        <message>
            <source>统计报表的文件名应以 .pdf 或 .xlsx 结尾。</source>
            <translation>统计报表的文件名应以 .pdf 或 .xlsx 结尾。</translation>
        </message>
        <message>
            <source>正在生成 {}…</source>
            <translation>正在生成 {}…</translation>
        </message>
        <message>
            <source>未知的测量方法 {!r}。</source>
            <translation>未知的测量方法 {!r}。</translation>
        </message>
        <message>
            <source>距离应为米数。</source>
            <translation>距离应为米数。</translation>
        </message>
        <message>
            <source>距离应为 0 到 100000 米之间的数。</source>
            <translation>距离应为 0 到 100000 米之间的数。</translation>
        </message>
        <message>
            <source>GPS 精度不能为负数。</source>
            <translation>GPS 精度不能为负数。</translation>
        </message>
        <message>
            <source>检查项 {} 不是距离检查项。</source>
            <translation>检查项 {} 不是距离检查项。</translation>
        </message>
        <message>
            <source>找不到该测量记录。</source>
            <translation>找不到该测量记录。</translation>
        </message>
        <message>
            <source>完成时间无效：应带时区且不晚于现在。</source>
            <translation>完成时间无效：应带时区且不晚于现在。</translation>
        </message>
        <message>
            <source>找不到该检查记录。</source>
            <translation>找不到该检查记录。</translation>
        </message>
        <message>
            <source>该检查已经完成。</source>
            <translation>该检查已经完成。</translation>
        </message>
        <message>
            <source>完成时间不能早于检查开始时间。</source>
            <translation>完成时间不能早于检查开始时间。</translation>
        </message>
        <message>
            <source>检查项 {} “{}”不合格，模板要求附照片：请先拍照或添加照片再完成检查。</source>
            <translation>检查项 {} “{}”不合格，模板要求附照片：请先拍照或添加照片再完成检查。</translation>
        </message>
        <message>
            <source>检查项 {} “{}”不合格，模板要求填写说明：请先写明发现的问题再完成检查。</source>
            <translation>检查项 {} “{}”不合格，模板要求填写说明：请先写明发现的问题再完成检查。</translation>
        </message>
        <message>
            <source>无效的结论 {!r}。</source>
            <translation>无效的结论 {!r}。</translation>
        </message>
        <message>
            <source>检查项 {} 不是合格/不合格项。</source>
            <translation>检查项 {} 不是合格/不合格项。</translation>
        </message>
        <message>
            <source>数量应为不小于 0 的整数。</source>
            <translation>数量应为不小于 0 的整数。</translation>
        </message>
        <message>
            <source>检查项 {} 没有选项 {!r}。</source>
            <translation>检查项 {} 没有选项 {!r}。</translation>
        </message>
        <message>
            <source>更正必须说明理由。</source>
            <translation>更正必须说明理由。</translation>
        </message>
        <message>
            <source>没有要更正的内容。</source>
            <translation>没有要更正的内容。</translation>
        </message>
        <message>
            <source>检查尚未完成，请直接修改答案。</source>
            <translation>检查尚未完成，请直接修改答案。</translation>
        </message>
        <message>
            <source>该检查中没有检查项 {}。</source>
            <translation>该检查中没有检查项 {}。</translation>
        </message>
        <message>
            <source>找不到检查记录 {}</source>
            <translation>找不到检查记录 {}</translation>
        </message>
        <message>
            <source>该检查已完成并锁定，不能再修改；如需更正请使用“更正”。</source>
            <translation>该检查已完成并锁定，不能再修改；如需更正请使用“更正”。</translation>
        </message>
        <message>
            <source>{}：取值 {} 不符合要求（{}）。</source>
            <translation>{}：取值 {} 不符合要求（{}）。</translation>
        </message>
        <message>
            <source>请至少选择一张检查表。</source>
            <translation>请至少选择一张检查表。</translation>
        </message>
        <message>
            <source>找不到检查表 {}，请检查模板文件夹。</source>
            <translation>找不到检查表 {}，请检查模板文件夹。</translation>
        </message>
        <message>
            <source>检查时间缺少时区。</source>
            <translation>检查时间缺少时区。</translation>
        </message>
        <message>
            <source>找不到该场所，可能已被删除。</source>
            <translation>找不到该场所，可能已被删除。</translation>
        </message>
        <message>
            <source>检查时间无效。</source>
            <translation>检查时间无效。</translation>
        </message>
        <message>
            <source>检查项 {} 不是这种答题方式（应为 {}）。</source>
            <translation>检查项 {} 不是这种答题方式（应为 {}）。</translation>
        </message>
        <message>
            <source>测量值应为数字。</source>
            <translation>测量值应为数字。</translation>
        </message>
        <message>
            <source>测量值应为有限的数字。</source>
            <translation>测量值应为有限的数字。</translation>
        </message>
        <message>
            <source>状态应为 {} 之一。</source>
            <translation>状态应为 {} 之一。</translation>
        </message>
        <message>
            <source>结果应为 {} 之一。</source>
            <translation>结果应为 {} 之一。</translation>
        </message>
        <message>
            <source>检查编号至少需要前 4 位。</source>
            <translation>检查编号至少需要前 4 位。</translation>
        </message>
        <message>
            <source>找不到编号为 {} 的检查记录。</source>
            <translation>找不到编号为 {} 的检查记录。</translation>
        </message>
        <message>
            <source>编号 {} 对应多条检查记录，请多输入几位。</source>
            <translation>编号 {} 对应多条检查记录，请多输入几位。</translation>
        </message>
        <message>
            <source>无法读取证书文件 {}：{}</source>
            <translation>无法读取证书文件 {}：{}</translation>
        </message>
        <message>
            <source>{} 不是证书文件（应为 PEM 或 DER 格式的 X.509 证书）。</source>
            <translation>{} 不是证书文件（应为 PEM 或 DER 格式的 X.509 证书）。</translation>
        </message>
        <message>
            <source>密钥口令不能为空：请输入口令，或设置环境变量 INSPECTOR_KEY_PASSPHRASE。</source>
            <translation>密钥口令不能为空：请输入口令，或设置环境变量 INSPECTOR_KEY_PASSPHRASE。</translation>
        </message>
        <message>
            <source>请先在设置中填写检查人员姓名，再生成签名证书。</source>
            <translation>请先在设置中填写检查人员姓名，再生成签名证书。</translation>
        </message>
        <message>
            <source>无法打开 PKCS#12 文件：密码错误或文件已损坏。</source>
            <translation>无法打开 PKCS#12 文件：密码错误或文件已损坏。</translation>
        </message>
        <message>
            <source>PKCS#12 文件中没有私钥或证书。</source>
            <translation>PKCS#12 文件中没有私钥或证书。</translation>
        </message>
        <message>
            <source>签名需要密钥口令：请输入口令，或设置环境变量 INSPECTOR_KEY_PASSPHRASE。</source>
            <translation>签名需要密钥口令：请输入口令，或设置环境变量 INSPECTOR_KEY_PASSPHRASE。</translation>
        </message>
        <message>
            <source>密钥口令不正确。</source>
            <translation>密钥口令不正确。</translation>
        </message>
        <message>
            <source>红黑榜策略有误：{}</source>
            <translation>红黑榜策略有误：{}</translation>
        </message>
        <message>
            <source>请写明移出黑榜的理由。</source>
            <translation>请写明移出黑榜的理由。</translation>
        </message>
        <message>
            <source>该场所不在已发布的黑榜上。</source>
            <translation>该场所不在已发布的黑榜上。</translation>
        </message>
        <message>
            <source>该场所仍有未整改完毕的问题，复查合格后才能移出黑榜。</source>
            <translation>该场所仍有未整改完毕的问题，复查合格后才能移出黑榜。</translation>
        </message>
        <message>
            <source>该场所的移出已经登记过。</source>
            <translation>该场所的移出已经登记过。</translation>
        </message>
        <message>
            <source>未知的类别“{}”，可选：{}。</source>
            <translation>未知的类别“{}”，可选：{}。</translation>
        </message>
        <message>
            <source>正在读取本期检查记录…</source>
            <translation>正在读取本期检查记录…</translation>
        </message>
        <message>
            <source>正在按规则判定…</source>
            <translation>正在按规则判定…</translation>
        </message>
        <message>
            <source>正在保存草稿…</source>
            <translation>正在保存草稿…</translation>
        </message>
        <message>
            <source>找不到这一期红黑榜。</source>
            <translation>找不到这一期红黑榜。</translation>
        </message>
        <message>
            <source>找不到这条榜单条目。</source>
            <translation>找不到这条榜单条目。</translation>
        </message>
        <message>
            <source>这一期已经发布，条目不能再修改。</source>
            <translation>这一期已经发布，条目不能再修改。</translation>
        </message>
        <message>
            <source>请写明不予列入的理由。</source>
            <translation>请写明不予列入的理由。</translation>
        </message>
        <message>
            <source>第 {} 期红黑榜的快照与其 SHA-256 不符，可能被改动过。</source>
            <translation>第 {} 期红黑榜的快照与其 SHA-256 不符，可能被改动过。</translation>
        </message>
        <message>
            <source>请填写期号。</source>
            <translation>请填写期号。</translation>
        </message>
        <message>
            <source>这一期已经发布（期号 {}）。</source>
            <translation>这一期已经发布（期号 {}）。</translation>
        </message>
        <message>
            <source>期号“{}”在本类别中已经用过，请换一个。</source>
            <translation>期号“{}”在本类别中已经用过，请换一个。</translation>
        </message>
        <message>
            <source>送达时间“{}”的格式不对：请写成 年-月-日 时:分，如 2026-12-05 10:30。</source>
            <translation>送达时间“{}”的格式不对：请写成 年-月-日 时:分，如 2026-12-05 10:30。</translation>
        </message>
        <message>
            <source>这次检查还没有生成整改通知书，不能登记送达时间：请先生成签名文书，送达后再登记。</source>
            <translation>这次检查还没有生成整改通知书，不能登记送达时间：请先生成签名文书，送达后再登记。</translation>
        </message>
        <message>
            <source>送达时间 {} 早于整改通知书 {} 的签发日期 {}：通知书不能在签发之前送达，请核对后重新填写。</source>
            <translation>送达时间 {} 早于整改通知书 {} 的签发日期 {}：通知书不能在签发之前送达，请核对后重新填写。</translation>
        </message>
        <message>
            <source>送达时间 {} 晚于现在（{}）：只能登记已经送达的时间。</source>
            <translation>送达时间 {} 晚于现在（{}）：只能登记已经送达的时间。</translation>
        </message>
        <message>
            <source>送达人姓名太长（最多 100 个字）。</source>
            <translation>送达人姓名太长（最多 100 个字）。</translation>
        </message>
        <message>
            <source>请填写送达人姓名。</source>
            <translation>请填写送达人姓名。</translation>
        </message>
        <message>
            <source>整改策略文件 {} 中的 {} 应为文字或 {{zh_CN, en}}。</source>
            <translation>整改策略文件 {} 中的 {} 应为文字或 {{zh_CN, en}}。</translation>
        </message>
        <message>
            <source>整改策略文件 {} 无法读取：{}</source>
            <translation>整改策略文件 {} 无法读取：{}</translation>
        </message>
        <message>
            <source>第 {} 项的整改期限不能为负数。</source>
            <translation>第 {} 项的整改期限不能为负数。</translation>
        </message>
        <message>
            <source>编号数量应在 1 到 {} 之间，实为 {}。</source>
            <translation>编号数量应在 1 到 {} 之间，实为 {}。</translation>
        </message>
        <message>
            <source>只有办公室（办公室模式）可以分配编号段。</source>
            <translation>只有办公室（办公室模式）可以分配编号段。</translation>
        </message>
        <message>
            <source>编号段 {}{}–{} 与已有编号段重叠，未分配。</source>
            <translation>编号段 {}{}–{} 与已有编号段重叠，未分配。</translation>
        </message>
        <message>
            <source>没有登记编号为 {} 的设备：请先登记设备（office register-device）。</source>
            <translation>没有登记编号为 {} 的设备：请先登记设备（office register-device）。</translation>
        </message>
        <message>
            <source>设备 {} 已被吊销，不能再分配编号段。</source>
            <translation>设备 {} 已被吊销，不能再分配编号段。</translation>
        </message>
        <message>
            <source>文书编号 {} 已由设备 {} 用于另一份文书，这个数据包（设备 {}）又用了一次。请让两台设备改用创建办分配的编号段（office numbers assign）。</source>
            <translation>文书编号 {} 已由设备 {} 用于另一份文书，这个数据包（设备 {}）又用了一次。请让两台设备改用创建办分配的编号段（office numbers assign）。</translation>
        </message>
        <message>
            <source>编号段 {}{} 起已由设备 {} 使用，这个数据包（设备 {}）又登记了同一编号段。请让两台设备改用创建办分配的编号段（office numbers assign）。</source>
            <translation>编号段 {}{} 起已由设备 {} 使用，这个数据包（设备 {}）又登记了同一编号段。请让两台设备改用创建办分配的编号段（office numbers assign）。</translation>
        </message>
        <message>
            <source>无法读取该图片文件，请选择 JPEG 或 PNG 照片。</source>
            <translation>无法读取该图片文件，请选择 JPEG 或 PNG 照片。</translation>
        </message>
        <message>
            <source>无法读取照片 {}：{}</source>
            <translation>无法读取照片 {}：{}</translation>
        </message>
        <message>
            <source>该检查已完成并锁定，不能再添加照片。</source>
            <translation>该检查已完成并锁定，不能再添加照片。</translation>
        </message>
        <message>
            <source>该检查中没有检查项 {}，照片未添加。</source>
            <translation>该检查中没有检查项 {}，照片未添加。</translation>
        </message>
        <message>
            <source>找不到该照片。</source>
            <translation>找不到该照片。</translation>
        </message>
        <message>
            <source>该检查已完成并锁定，不能删除照片。</source>
            <translation>该检查已完成并锁定，不能删除照片。</translation>
        </message>
        <message>
            <source>本机没有可用的打印机。请先在系统中添加打印机；也可以把文书另存为 PDF，拿到有打印机的电脑上打印。</source>
            <translation>本机没有可用的打印机。请先在系统中添加打印机；也可以把文书另存为 PDF，拿到有打印机的电脑上打印。</translation>
        </message>
        <message>
            <source>{} 不是 PDF 文件，不能打印。</source>
            <translation>{} 不是 PDF 文件，不能打印。</translation>
        </message>
        <message>
            <source>{} 已损坏，无法打印。</source>
            <translation>{} 已损坏，无法打印。</translation>
        </message>
        <message>
            <source>份数应在 1 到 99 之间，收到 {}。</source>
            <translation>份数应在 1 到 99 之间，收到 {}。</translation>
        </message>
        <message>
            <source>本机有多台打印机（{}），请用 --printer 指定一台。</source>
            <translation>本机有多台打印机（{}），请用 --printer 指定一台。</translation>
        </message>
        <message>
            <source>没有名为“{}”的打印机。可用的打印机：{}。</source>
            <translation>没有名为“{}”的打印机。可用的打印机：{}。</translation>
        </message>
        <message>
            <source>打印机“{}”没有接受打印任务：{}</source>
            <translation>打印机“{}”没有接受打印任务：{}</translation>
        </message>
        <message>
            <source>已取消，没有保存任何内容。</source>
            <translation>已取消，没有保存任何内容。</translation>
        </message>
        <message>
            <source>纬度和经度须同时填写或同时留空</source>
            <translation>纬度和经度须同时填写或同时留空</translation>
        </message>
        <message>
            <source>纬度 {} 超出范围（-90 至 90）</source>
            <translation>纬度 {} 超出范围（-90 至 90）</translation>
        </message>
        <message>
            <source>经度 {} 超出范围（-180 至 180）</source>
            <translation>经度 {} 超出范围（-180 至 180）</translation>
        </message>
        <message>
            <source>名称不能为空</source>
            <translation>名称不能为空</translation>
        </message>
        <message>
            <source>未知的场所类型“{}”</source>
            <translation>未知的场所类型“{}”</translation>
        </message>
        <message>
            <source>第 {} 个证照缺少种类</source>
            <translation>第 {} 个证照缺少种类</translation>
        </message>
        <message>
            <source>学校名称不能为空</source>
            <translation>学校名称不能为空</translation>
        </message>
        <message>
            <source>未知的学校类型“{}”</source>
            <translation>未知的学校类型“{}”</translation>
        </message>
        <message>
            <source>第 {} 个坐标点类型“{}”无效（gate 或 boundary）</source>
            <translation>第 {} 个坐标点类型“{}”无效（gate 或 boundary）</translation>
        </message>
        <message>
            <source>第 {} 个坐标点：{}</source>
            <translation>第 {} 个坐标点：{}</translation>
        </message>
        <message>
            <source>{}。</source>
            <translation>{}。</translation>
        </message>
        <message>
            <source>找不到该学校，可能已被删除。</source>
            <translation>找不到该学校，可能已被删除。</translation>
        </message>
        <message>
            <source>日期“{}”无法识别（应如 2027-12-31）</source>
            <translation>日期“{}”无法识别（应如 2027-12-31）</translation>
        </message>
        <message>
            <source>日期“{}”不存在</source>
            <translation>日期“{}”不存在</translation>
        </message>
        <message>
            <source>{}“{}”不是数字</source>
            <translation>{}“{}”不是数字</translation>
        </message>
        <message>
            <source>已归档“{}”应为 是 或 否</source>
            <translation>已归档“{}”应为 是 或 否</translation>
        </message>
        <message>
            <source>坐标“{}”应写成 纬度,经度</source>
            <translation>坐标“{}”应写成 纬度,经度</translation>
        </message>
        <message>
            <source>纬度</source>
            <translation>纬度</translation>
        </message>
        <message>
            <source>经度</source>
            <translation>经度</translation>
        </message>
        <message>
            <source>坐标“{}”缺少纬度或经度</source>
            <translation>坐标“{}”缺少纬度或经度</translation>
        </message>
        <message>
            <source>导出登记表</source>
            <translation>导出登记表</translation>
        </message>
        <message>
            <source>不支持的文件类型“{}”：请使用 .csv 或 .xlsx 文件。</source>
            <translation>不支持的文件类型“{}”：请使用 .csv 或 .xlsx 文件。</translation>
        </message>
        <message>
            <source>文件不存在：{}</source>
            <translation>文件不存在：{}</translation>
        </message>
        <message>
            <source>无法识别文件编码：请另存为 UTF-8 或 GBK 编码的 CSV。</source>
            <translation>无法识别文件编码：请另存为 UTF-8 或 GBK 编码的 CSV。</translation>
        </message>
        <message>
            <source>无法读取 Excel 文件 {}：{}</source>
            <translation>无法读取 Excel 文件 {}：{}</translation>
        </message>
        <message>
            <source>文件 {} 是空的。</source>
            <translation>文件 {} 是空的。</translation>
        </message>
        <message>
            <source>场所类型别名表 {}：“{}”对应的类型代码“{}”不存在。</source>
            <translation>场所类型别名表 {}：“{}”对应的类型代码“{}”不存在。</translation>
        </message>
        <message>
            <source>场所类型代码“{}”不存在。</source>
            <translation>场所类型代码“{}”不存在。</translation>
        </message>
        <message>
            <source>无法写入场所类型别名表 {}：{}</source>
            <translation>无法写入场所类型别名表 {}：{}</translation>
        </message>
        <message>
            <source>--map-kind 应写成 原文=类型，例如 --map-kind 理发店=small_salon。</source>
            <translation>--map-kind 应写成 原文=类型，例如 --map-kind 理发店=small_salon。</translation>
        </message>
        <message>
            <source>--map-kind {}：类型“{}”不存在。</source>
            <translation>--map-kind {}：类型“{}”不存在。</translation>
        </message>
        <message>
            <source>校门</source>
            <translation>校门</translation>
        </message>
        <message>
            <source>{}的纬度和经度须同时填写</source>
            <translation>{}的纬度和经度须同时填写</translation>
        </message>
        <message>
            <source>有经度列却没有对应的纬度列：{}</source>
            <translation>有经度列却没有对应的纬度列：{}</translation>
        </message>
        <message>
            <source>文件 {} 的第一行没有名称列（应为 {} 之一）。</source>
            <translation>文件 {} 的第一行没有名称列（应为 {} 之一）。</translation>
        </message>
        <message>
            <source>{} 列（无标题）</source>
            <translation>{} 列（无标题）</translation>
        </message>
        <message>
            <source>系统编号与第 {} 行重复</source>
            <translation>系统编号与第 {} 行重复</translation>
        </message>
        <message>
            <source>统一社会信用代码与第 {} 行重复</source>
            <translation>统一社会信用代码与第 {} 行重复</translation>
        </message>
        <message>
            <source>场所类型“{}”无法识别</source>
            <translation>场所类型“{}”无法识别</translation>
        </message>
        <message>
            <source>缺少场所类型</source>
            <translation>缺少场所类型</translation>
        </message>
        <message>
            <source>学校类型“{}”无法识别（小学、中学、幼儿园、九年一贯制学校）</source>
            <translation>学校类型“{}”无法识别（小学、中学、幼儿园、九年一贯制学校）</translation>
        </message>
        <message>
            <source>导入已取消，没有导入任何数据。</source>
            <translation>导入已取消，没有导入任何数据。</translation>
        </message>
        <message>
            <source>第 {} 行：{}</source>
            <translation>第 {} 行：{}</translation>
        </message>
        <message>
            <source>不支持的文件类型“{}”：请使用 .csv 或 .xlsx 文件名。</source>
            <translation>不支持的文件类型“{}”：请使用 .csv 或 .xlsx 文件名。</translation>
        </message>
        <message>
            <source>无法写入 {}：{}</source>
            <translation>无法写入 {}：{}</translation>
        </message>
        <message>
            <source>找不到这个场所。</source>
            <translation>找不到这个场所。</translation>
        </message>
        <message>
            <source>该场所没有待复查的整改事项。</source>
            <translation>该场所没有待复查的整改事项。</translation>
        </message>
        <message>
            <source>这些整改事项已有一次未完成的复查，请先完成或删除那次复查。</source>
            <translation>这些整改事项已有一次未完成的复查，请先完成或删除那次复查。</translation>
        </message>
        <message>
            <source>找不到原检查所用的检查表 {}，无法生成复查表。</source>
            <translation>找不到原检查所用的检查表 {}，无法生成复查表。</translation>
        </message>
        <message>
            <source>复查结果只能是合格（pass）或不合格（fail）。</source>
            <translation>复查结果只能是合格（pass）或不合格（fail）。</translation>
        </message>
        <message>
            <source>找不到这次复查。</source>
            <translation>找不到这次复查。</translation>
        </message>
        <message>
            <source>这次复查已经完成，不能再修改。</source>
            <translation>这次复查已经完成，不能再修改。</translation>
        </message>
        <message>
            <source>这次复查中没有检查项 {}。</source>
            <translation>这次复查中没有检查项 {}。</translation>
        </message>
        <message>
            <source>检查项 {} 无法以合格/不合格记录，请在检查界面中作答。</source>
            <translation>检查项 {} 无法以合格/不合格记录，请在检查界面中作答。</translation>
        </message>
        <message>
            <source>找不到学校“{}”：请写学校的全称或系统编号。</source>
            <translation>找不到学校“{}”：请写学校的全称或系统编号。</translation>
        </message>
        <message>
            <source>有 {} 所学校名为“{}”：请用系统编号指明。</source>
            <translation>有 {} 所学校名为“{}”：请用系统编号指明。</translation>
        </message>
        <message>
            <source>GeoJSON 中没有多边形（Polygon）。</source>
            <translation>GeoJSON 中没有多边形（Polygon）。</translation>
        </message>
        <message>
            <source>GeoJSON 含 {} 个多边形：一所学校的校园边界应为一个多边形。</source>
            <translation>GeoJSON 含 {} 个多边形：一所学校的校园边界应为一个多边形。</translation>
        </message>
        <message>
            <source>GeoJSON 几何类型为“{}”：校园边界应为多边形（Polygon）。</source>
            <translation>GeoJSON 几何类型为“{}”：校园边界应为多边形（Polygon）。</translation>
        </message>
        <message>
            <source>文件 {} 过大，不像一所学校的边界。</source>
            <translation>文件 {} 过大，不像一所学校的边界。</translation>
        </message>
        <message>
            <source>无法读取 {}：{}</source>
            <translation>无法读取 {}：{}</translation>
        </message>
        <message>
            <source>文件 {} 不是有效的 GeoJSON（JSON 格式错误）。</source>
            <translation>文件 {} 不是有效的 GeoJSON（JSON 格式错误）。</translation>
        </message>
        <message>
            <source>GeoJSON 含 {} 个要素：请每所学校一个文件、一个多边形。</source>
            <translation>GeoJSON 含 {} 个要素：请每所学校一个文件、一个多边形。</translation>
        </message>
        <message>
            <source>GeoJSON 第 {} 个坐标应为 [经度, 纬度]。</source>
            <translation>GeoJSON 第 {} 个坐标应为 [经度, 纬度]。</translation>
        </message>
        <message>
            <source>GeoJSON 第 {} 个坐标超出范围：应为 [经度, 纬度]。</source>
            <translation>GeoJSON 第 {} 个坐标超出范围：应为 [经度, 纬度]。</translation>
        </message>
        <message>
            <source>校园边界至少需要 3 个角点，文件中只有 {} 个。</source>
            <translation>校园边界至少需要 3 个角点，文件中只有 {} 个。</translation>
        </message>
        <message>
            <source>校园边界至少需要 3 个角点（按顺序），现有 {} 个。</source>
            <translation>校园边界至少需要 3 个角点（按顺序），现有 {} 个。</translation>
        </message>
        <message>
            <source>学校“{}”尚未录入校园边界，无法导出。</source>
            <translation>学校“{}”尚未录入校园边界，无法导出。</translation>
        </message>
        <message>
            <source>正在统计检查次数…</source>
            <translation>正在统计检查次数…</translation>
        </message>
        <message>
            <source>正在统计各类别得分率…</source>
            <translation>正在统计各类别得分率…</translation>
        </message>
        <message>
            <source>正在统计各网格得分率…</source>
            <translation>正在统计各网格得分率…</translation>
        </message>
        <message>
            <source>正在统计各检查员得分率…</source>
            <translation>正在统计各检查员得分率…</translation>
        </message>
        <message>
            <source>正在统计问题整改情况…</source>
            <translation>正在统计问题整改情况…</translation>
        </message>
        <message>
            <source>正在统计不合格最多的检查项…</source>
            <translation>正在统计不合格最多的检查项…</translation>
        </message>
        <message>
            <source>正在统计逾期问题…</source>
            <translation>正在统计逾期问题…</translation>
        </message>
        <message>
            <source>统计完成</source>
            <translation>统计完成</translation>
        </message>
        <message>
            <source>配置包中的检查表或策略文件有误，本机保留了原有的检查表和策略：{}</source>
            <translation>配置包中的检查表或策略文件有误，本机保留了原有的检查表和策略：{}</translation>
        </message>
        <message>
            <source>配置包未写出：{}</source>
            <translation>配置包未写出：{}</translation>
        </message>
        <message>
            <source>无法写入配置包 {}：{}</source>
            <translation>无法写入配置包 {}：{}</translation>
        </message>
        <message>
            <source>无法读取配置包 {}：{}</source>
            <translation>无法读取配置包 {}：{}</translation>
        </message>
        <message>
            <source>配置包无效，未作任何更改：{}</source>
            <translation>配置包无效，未作任何更改：{}</translation>
        </message>
        <message>
            <source>配置包不是由已信任的办公室“{}”（指纹 {}）签发的，而是由指纹 {} 的密钥签发，已拒绝。</source>
            <translation>配置包不是由已信任的办公室“{}”（指纹 {}）签发的，而是由指纹 {} 的密钥签发，已拒绝。</translation>
        </message>
        <message>
            <source>首次导入办公室“{}”的配置包，请与办公室核对密钥指纹：{}。核对无误后用 --accept-fingerprint 确认。</source>
            <translation>首次导入办公室“{}”的配置包，请与办公室核对密钥指纹：{}。核对无误后用 --accept-fingerprint 确认。</translation>
        </message>
        <message>
            <source>这个配置包（第 {} 号）比已安装的（第 {} 号）旧，未安装。</source>
            <translation>这个配置包（第 {} 号）比已安装的（第 {} 号）旧，未安装。</translation>
        </message>
        <message>
            <source>配置包的 {} 记录无效（{}）。</source>
            <translation>配置包的 {} 记录无效（{}）。</translation>
        </message>
        <message>
            <source>请写出证书指纹（至少前 8 位十六进制数字）。</source>
            <translation>请写出证书指纹（至少前 8 位十六进制数字）。</translation>
        </message>
        <message>
            <source>指纹 {} 对应 {} 张待确认的证书，请写完整些。</source>
            <translation>指纹 {} 对应 {} 张待确认的证书，请写完整些。</translation>
        </message>
        <message>
            <source>无法写入证书文件夹 {}：{}</source>
            <translation>无法写入证书文件夹 {}：{}</translation>
        </message>
        <message>
            <source>请选择保留办公室现有版本或采用设备传来的版本。</source>
            <translation>请选择保留办公室现有版本或采用设备传来的版本。</translation>
        </message>
        <message>
            <source>请填写处理理由。</source>
            <translation>请填写处理理由。</translation>
        </message>
        <message>
            <source>没有找到这条冲突。</source>
            <translation>没有找到这条冲突。</translation>
        </message>
        <message>
            <source>这条冲突已经处理过了。</source>
            <translation>这条冲突已经处理过了。</translation>
        </message>
        <message>
            <source>已完成的检查不能被导入的内容覆盖；如需更改，请以补正记录办理。</source>
            <translation>已完成的检查不能被导入的内容覆盖；如需更改，请以补正记录办理。</translation>
        </message>
        <message>
            <source>本程序不认识数据表 {}。</source>
            <translation>本程序不认识数据表 {}。</translation>
        </message>
        <message>
            <source>导入数据包时发生内部错误，数据包已拒收，数据库未作任何更改（详情已写入日志文件）。</source>
            <translation>导入数据包时发生内部错误，数据包已拒收，数据库未作任何更改（详情已写入日志文件）。</translation>
        </message>
        <message>
            <source>设备的第 {} 号数据包已经导入过，而这个同号数据包的内容不同，已拒收。</source>
            <translation>设备的第 {} 号数据包已经导入过，而这个同号数据包的内容不同，已拒收。</translation>
        </message>
        <message>
            <source>数据包序号 {} 小于该设备已导入的第 {} 号（序号倒退），已拒收。</source>
            <translation>数据包序号 {} 小于该设备已导入的第 {} 号（序号倒退），已拒收。</translation>
        </message>
        <message>
            <source>该设备缺少第 {} 号数据包（序号有空缺）。</source>
            <translation>该设备缺少第 {} 号数据包（序号有空缺）。</translation>
        </message>
        <message>
            <source>有 {} 条记录的时间比现在晚一天以上（已保留，请核对设备时钟）。</source>
            <translation>有 {} 条记录的时间比现在晚一天以上（已保留，请核对设备时钟）。</translation>
        </message>
        <message>
            <source>收到 {} 张检查人员证书，待办公室人员确认后才会信任。</source>
            <translation>收到 {} 张检查人员证书，待办公室人员确认后才会信任。</translation>
        </message>
        <message>
            <source>办公室要求数据包必须加密，不能导出未加密的数据包。</source>
            <translation>办公室要求数据包必须加密，不能导出未加密的数据包。</translation>
        </message>
        <message>
            <source>还没有导入办公室配置包，不知道办公室的公钥，无法加密。</source>
            <translation>还没有导入办公室配置包，不知道办公室的公钥，无法加密。</translation>
        </message>
        <message>
            <source>记录文件 {}.jsonl 第 {} 行已拒收：{}。</source>
            <translation>记录文件 {}.jsonl 第 {} 行已拒收：{}。</translation>
        </message>
        <message>
            <source>记录文件 {}.jsonl 第 {} 行的 base_version 不是非负整数。</source>
            <translation>记录文件 {}.jsonl 第 {} 行的 base_version 不是非负整数。</translation>
        </message>
        <message>
            <source>记录文件 {}.jsonl 第 {} 行的 id 不是 UUID。</source>
            <translation>记录文件 {}.jsonl 第 {} 行的 id 不是 UUID。</translation>
        </message>
        <message>
            <source>记录文件 {}.jsonl 第 {} 行的 row_version 不是正整数。</source>
            <translation>记录文件 {}.jsonl 第 {} 行的 row_version 不是正整数。</translation>
        </message>
        <message>
            <source>数据包清单 manifest.json 已拒收：{}。</source>
            <translation>数据包清单 manifest.json 已拒收：{}。</translation>
        </message>
        <message>
            <source>数据包清单的 device_id 不是 UUID。</source>
            <translation>数据包清单的 device_id 不是 UUID。</translation>
        </message>
        <message>
            <source>数据包清单的 sequence 必须是正整数。</source>
            <translation>数据包清单的 sequence 必须是正整数。</translation>
        </message>
        <message>
            <source>数据包清单的 {} 不是 UTC 时间。</source>
            <translation>数据包清单的 {} 不是 UTC 时间。</translation>
        </message>
        <message>
            <source>数据包清单的 {} 不是文字或超过 {} 个字符。</source>
            <translation>数据包清单的 {} 不是文字或超过 {} 个字符。</translation>
        </message>
        <message>
            <source>数据包清单的 records 应为 表名 → 非负整数。</source>
            <translation>数据包清单的 records 应为 表名 → 非负整数。</translation>
        </message>
        <message>
            <source>数据包清单缺少文件列表 files。</source>
            <translation>数据包清单缺少文件列表 files。</translation>
        </message>
        <message>
            <source>数据包清单的 files 中有一项缺少 path、sha256 或 size，或类型不对。</source>
            <translation>数据包清单的 files 中有一项缺少 path、sha256 或 size，或类型不对。</translation>
        </message>
        <message>
            <source>数据包中的文件 “{}” 不属于数据包中的任何记录，已拒收。</source>
            <translation>数据包中的文件 “{}” 不属于数据包中的任何记录，已拒收。</translation>
        </message>
        <message>
            <source>数据包中的文件 “{}” 与其记录中的 SHA-256 不符，已拒收。</source>
            <translation>数据包中的文件 “{}” 与其记录中的 SHA-256 不符，已拒收。</translation>
        </message>
        <message>
            <source>数据包中的证书文件 “{}” 无法读取，已拒收。</source>
            <translation>数据包中的证书文件 “{}” 无法读取，已拒收。</translation>
        </message>
        <message>
            <source>数据包中的证书文件 “{}” 的扩展项无法读取，已拒收。</source>
            <translation>数据包中的证书文件 “{}” 的扩展项无法读取，已拒收。</translation>
        </message>
        <message>
            <source>数据包中的证书 “{}” 是可以签发其他证书的 CA 证书，已拒收。</source>
            <translation>数据包中的证书 “{}” 是可以签发其他证书的 CA 证书，已拒收。</translation>
        </message>
        <message>
            <source>数据包中的证书 “{}” 已过期，已拒收。</source>
            <translation>数据包中的证书 “{}” 已过期，已拒收。</translation>
        </message>
        <message>
            <source>answer 的记录 {} 引用的检查表 {} 不是该检查使用的检查表版本，已拒收。</source>
            <translation>answer 的记录 {} 引用的检查表 {} 不是该检查使用的检查表版本，已拒收。</translation>
        </message>
        <message>
            <source>answer 的记录 {} 引用的检查项 {} 不在检查表 {} 中，已拒收。</source>
            <translation>answer 的记录 {} 引用的检查项 {} 不在检查表 {} 中，已拒收。</translation>
        </message>
        <message>
            <source>数据包中的证书 “{}” 的持有人 {} 不是该设备的检查人员，已拒收。</source>
            <translation>数据包中的证书 “{}” 的持有人 {} 不是该设备的检查人员，已拒收。</translation>
        </message>
        <message>
            <source>本机还不是办公室：请先执行 inspector office init --name 办公室名称。</source>
            <translation>本机还不是办公室：请先执行 inspector office init --name 办公室名称。</translation>
        </message>
        <message>
            <source>无法读取设备信息文件 {}：{}</source>
            <translation>无法读取设备信息文件 {}：{}</translation>
        </message>
        <message>
            <source>这不是巡查助手的设备信息文件。</source>
            <translation>这不是巡查助手的设备信息文件。</translation>
        </message>
        <message>
            <source>设备信息文件不完整或公钥无效：{}</source>
            <translation>设备信息文件不完整或公钥无效：{}</translation>
        </message>
        <message>
            <source>设备 {} 已用另一把公钥登记；如确需更换，请先吊销后重新登记。</source>
            <translation>设备 {} 已用另一把公钥登记；如确需更换，请先吊销后重新登记。</translation>
        </message>
        <message>
            <source>没有登记过设备 {}。</source>
            <translation>没有登记过设备 {}。</translation>
        </message>
        <message>
            <source>无法创建文件夹 {}：{}</source>
            <translation>无法创建文件夹 {}：{}</translation>
        </message>
        <message>
            <source>无法读取数据包 {}：{}</source>
            <translation>无法读取数据包 {}：{}</translation>
        </message>
        <message>
            <source>这个数据包已经导入过，未作任何更改。</source>
            <translation>这个数据包已经导入过，未作任何更改。</translation>
        </message>
        <message>
            <source>已导入。</source>
            <translation>已导入。</translation>
        </message>
        <message>
            <source>已导入：新增 {} 条，更新 {} 条，未变 {} 条，冲突 {} 条，文件 {} 个。</source>
            <translation>已导入：新增 {} 条，更新 {} 条，未变 {} 条，冲突 {} 条，文件 {} 个。</translation>
        </message>
        <message>
            <source>数据包已拒收，数据库未作任何更改：{}</source>
            <translation>数据包已拒收，数据库未作任何更改：{}</translation>
        </message>
        <message>
            <source>导入已取消，数据库未作任何更改。</source>
            <translation>导入已取消，数据库未作任何更改。</translation>
        </message>
        <message>
            <source>收件文件夹 {} 不存在。</source>
            <translation>收件文件夹 {} 不存在。</translation>
        </message>
        <message>
            <source>第 {} 行第 {} 列</source>
            <translation>第 {} 行第 {} 列</translation>
        </message>
        <message>
            <source>YAML 中同一层有重复的键 {}</source>
            <translation>YAML 中同一层有重复的键 {}</translation>
        </message>
        <message>
            <source>YAML 格式错误（{}），请检查缩进、冒号和引号</source>
            <translation>YAML 格式错误（{}），请检查缩进、冒号和引号</translation>
        </message>
        <message>
            <source>文件不是 UTF-8 编码，请另存为 UTF-8</source>
            <translation>文件不是 UTF-8 编码，请另存为 UTF-8</translation>
        </message>
        <message>
            <source>无法读取文件：{}</source>
            <translation>无法读取文件：{}</translation>
        </message>
        <message>
            <source>文件为空</source>
            <translation>文件为空</translation>
        </message>
        <message>
            <source>文件夹中没有 .yaml 模板文件</source>
            <translation>文件夹中没有 .yaml 模板文件</translation>
        </message>
        <message>
            <source>文件或文件夹不存在</source>
            <translation>文件或文件夹不存在</translation>
        </message>
        <message>
            <source>模板 {} 版本 {} 与 {} 重复</source>
            <translation>模板 {} 版本 {} 与 {} 重复</translation>
        </message>
        <message>
            <source>本单位模板 {} 的版本 {} 与内置模板相同，未采用；要替换内置模板请把 version 改大</source>
            <translation>本单位模板 {} 的版本 {} 与内置模板相同，未采用；要替换内置模板请把 version 改大</translation>
        </message>
        <message>
            <source>本单位模板文件夹不存在</source>
            <translation>本单位模板文件夹不存在</translation>
        </message>
        <message>
            <source>配置包清单 bundle.json 不是有效的 JSON。</source>
            <translation>配置包清单 bundle.json 不是有效的 JSON。</translation>
        </message>
        <message>
            <source>这不是办公室配置包。</source>
            <translation>这不是办公室配置包。</translation>
        </message>
        <message>
            <source>配置包来自更新版本的程序，请先升级本机的程序。</source>
            <translation>配置包来自更新版本的程序，请先升级本机的程序。</translation>
        </message>
        <message>
            <source>配置包清单缺少必需的字段（{}）。</source>
            <translation>配置包清单缺少必需的字段（{}）。</translation>
        </message>
        <message>
            <source>配置包的签名无效：内容被改动或不是由其中的办公室密钥签发的。</source>
            <translation>配置包的签名无效：内容被改动或不是由其中的办公室密钥签发的。</translation>
        </message>
        <message>
            <source>配置包中的文件与清单不一致。</source>
            <translation>配置包中的文件与清单不一致。</translation>
        </message>
        <message>
            <source>配置包中的文件 “{}” 不属于可接收的文件夹。</source>
            <translation>配置包中的文件 “{}” 不属于可接收的文件夹。</translation>
        </message>
        <message>
            <source>配置包中的文件 “{}” 与清单的 SHA-256 不符。</source>
            <translation>配置包中的文件 “{}” 与清单的 SHA-256 不符。</translation>
        </message>
        <message>
            <source>不是加密的数据包。</source>
            <translation>不是加密的数据包。</translation>
        </message>
        <message>
            <source>加密数据包的头部损坏或被截断。</source>
            <translation>加密数据包的头部损坏或被截断。</translation>
        </message>
        <message>
            <source>加密数据包的头部不是有效的 JSON。</source>
            <translation>加密数据包的头部不是有效的 JSON。</translation>
        </message>
        <message>
            <source>加密数据包使用了不认识的加密算法。</source>
            <translation>加密数据包使用了不认识的加密算法。</translation>
        </message>
        <message>
            <source>数据包是加密给另一个办公室的（指纹 {}），本办公室无法解密。</source>
            <translation>数据包是加密给另一个办公室的（指纹 {}），本办公室无法解密。</translation>
        </message>
        <message>
            <source>数据包无法解密：内容被改动、截断或不是加密给本办公室的。</source>
            <translation>数据包无法解密：内容被改动、截断或不是加密给本办公室的。</translation>
        </message>
        <message>
            <source>数据包是加密的，但本机没有办公室密钥（请先执行 office init）。</source>
            <translation>数据包是加密的，但本机没有办公室密钥（请先执行 office init）。</translation>
        </message>
        <message>
            <source>办公室设置要求数据包必须加密，而这个数据包没有加密。</source>
            <translation>办公室设置要求数据包必须加密，而这个数据包没有加密。</translation>
        </message>
        <message>
            <source>数据包清单中有重复的文件路径。</source>
            <translation>数据包清单中有重复的文件路径。</translation>
        </message>
        <message>
            <source>数据包中的文件 “{}” 不在清单中，已拒收。</source>
            <translation>数据包中的文件 “{}” 不在清单中，已拒收。</translation>
        </message>
        <message>
            <source>清单中的文件 “{}” 不在数据包中（数据包不完整）。</source>
            <translation>清单中的文件 “{}” 不在数据包中（数据包不完整）。</translation>
        </message>
        <message>
            <source>数据包中的记录文件名 “{}” 不合规。</source>
            <translation>数据包中的记录文件名 “{}” 不合规。</translation>
        </message>
        <message>
            <source>数据包中的文件 “{}” 不属于可接收的文件夹。</source>
            <translation>数据包中的文件 “{}” 不属于可接收的文件夹。</translation>
        </message>
        <message>
            <source>数据包中的文件 “{}” 不在 records/ 或 files/ 下。</source>
            <translation>数据包中的文件 “{}” 不在 records/ 或 files/ 下。</translation>
        </message>
        <message>
            <source>数据包中的文件 “{}” 与清单记录的大小或 SHA-256 不符（内容被改动或损坏）。</source>
            <translation>数据包中的文件 “{}” 与清单记录的大小或 SHA-256 不符（内容被改动或损坏）。</translation>
        </message>
        <message>
            <source>清单写有 {} 的记录，但数据包中没有对应的记录文件。</source>
            <translation>清单写有 {} 的记录，但数据包中没有对应的记录文件。</translation>
        </message>
        <message>
            <source>数据包来自未登记的设备 {}，已拒收。请先在办公室登记该设备。</source>
            <translation>数据包来自未登记的设备 {}，已拒收。请先在办公室登记该设备。</translation>
        </message>
        <message>
            <source>数据包来自已吊销的设备 {}，已拒收。</source>
            <translation>数据包来自已吊销的设备 {}，已拒收。</translation>
        </message>
        <message>
            <source>数据包清单的签名与设备 {} 的登记公钥不符，可能被改动或冒充，已拒收。</source>
            <translation>数据包清单的签名与设备 {} 的登记公钥不符，可能被改动或冒充，已拒收。</translation>
        </message>
        <message>
            <source>数据包含有本程序不认识的数据表 {}，可能来自更新版本的程序。</source>
            <translation>数据包含有本程序不认识的数据表 {}，可能来自更新版本的程序。</translation>
        </message>
        <message>
            <source>记录文件 {}.jsonl 不是 UTF-8 文本。</source>
            <translation>记录文件 {}.jsonl 不是 UTF-8 文本。</translation>
        </message>
        <message>
            <source>记录文件 {}.jsonl 第 {} 行缺少 row。</source>
            <translation>记录文件 {}.jsonl 第 {} 行缺少 row。</translation>
        </message>
        <message>
            <source>记录文件 {}.jsonl 第 {} 行的 schema 不是正整数。</source>
            <translation>记录文件 {}.jsonl 第 {} 行的 schema 不是正整数。</translation>
        </message>
        <message>
            <source>记录文件 {}.jsonl 第 {} 行的数据结构版本较新，请先升级办公室的程序。</source>
            <translation>记录文件 {}.jsonl 第 {} 行的数据结构版本较新，请先升级办公室的程序。</translation>
        </message>
        <message>
            <source>数据包中 {} 的记录 {} 出现两次且内容不同，已拒收。</source>
            <translation>数据包中 {} 的记录 {} 出现两次且内容不同，已拒收。</translation>
        </message>
        <message>
            <source>清单写有 {} 条 {} 记录，记录文件中实际有 {} 条。</source>
            <translation>清单写有 {} 条 {} 记录，记录文件中实际有 {} 条。</translation>
        </message>
        <message>
            <source>数据包中的记录引用了不存在的记录或违反了数据库约束，整包未导入（{}）。</source>
            <translation>数据包中的记录引用了不存在的记录或违反了数据库约束，整包未导入（{}）。</translation>
        </message>
        <message>
            <source>数据包中的文件 “{}” 会写到数据目录之外，已拒收。</source>
            <translation>数据包中的文件 “{}” 会写到数据目录之外，已拒收。</translation>
        </message>
        <message>
            <source>数据包中的文件 “{}” 与办公室已有的同名文件内容不同，整包未导入。</source>
            <translation>数据包中的文件 “{}” 与办公室已有的同名文件内容不同，整包未导入。</translation>
        </message>
        <message>
            <source>密钥编码无效（不是 base64）。</source>
            <translation>密钥编码无效（不是 base64）。</translation>
        </message>
        <message>
            <source>Ed25519 公钥长度应为 32 字节。</source>
            <translation>Ed25519 公钥长度应为 32 字节。</translation>
        </message>
        <message>
            <source>X25519 公钥长度应为 32 字节。</source>
            <translation>X25519 公钥长度应为 32 字节。</translation>
        </message>
        <message>
            <source>私钥 {} 已用口令加密：请输入密钥口令，或设置环境变量 INSPECTOR_KEY_PASSPHRASE。</source>
            <translation>私钥 {} 已用口令加密：请输入密钥口令，或设置环境变量 INSPECTOR_KEY_PASSPHRASE。</translation>
        </message>
        <message>
            <source>密钥口令不正确（{}）。</source>
            <translation>密钥口令不正确（{}）。</translation>
        </message>
        <message>
            <source>无法读取私钥文件 {}：{}</source>
            <translation>无法读取私钥文件 {}：{}</translation>
        </message>
        <message>
            <source>{} 不是 Ed25519 私钥。</source>
            <translation>{} 不是 Ed25519 私钥。</translation>
        </message>
        <message>
            <source>{} 不是 X25519 私钥。</source>
            <translation>{} 不是 X25519 私钥。</translation>
        </message>
        <message>
            <source>{} 的记录 {} 声称由另一台设备 {} 创建；数据包只能写本设备的记录，或更新办公室下发的登记记录，已拒收。</source>
            <translation>{} 的记录 {} 声称由另一台设备 {} 创建；数据包只能写本设备的记录，或更新办公室下发的登记记录，已拒收。</translation>
        </message>
        <message>
            <source>{} 的记录 {} 只能新增不能修改，而数据包中的内容与已有的不同。</source>
            <translation>{} 的记录 {} 只能新增不能修改，而数据包中的内容与已有的不同。</translation>
        </message>
        <message>
            <source>这不是巡查助手的数据包（清单格式不对）。</source>
            <translation>这不是巡查助手的数据包（清单格式不对）。</translation>
        </message>
        <message>
            <source>数据包清单的 format_version 不是正整数。</source>
            <translation>数据包清单的 format_version 不是正整数。</translation>
        </message>
        <message>
            <source>数据包格式来自更新版本的程序，请先升级办公室的程序。</source>
            <translation>数据包格式来自更新版本的程序，请先升级办公室的程序。</translation>
        </message>
        <message>
            <source>红黑榜公告</source>
            <translation>红黑榜公告</translation>
        </message>
        <message>
            <source>有效</source>
            <translation>有效</translation>
        </message>
        <message>
            <source>签名后被修改</source>
            <translation>签名后被修改</translation>
        </message>
        <message>
            <source>签名无效</source>
            <translation>签名无效</translation>
        </message>
        <message>
            <source>未签名</source>
            <translation>未签名</translation>
        </message>
        <message>
            <source>不受信任</source>
            <translation>不受信任</translation>
        </message>
        <message>
            <source>结论：{}</source>
            <translation>结论：{}</translation>
        </message>
        <message>
            <source>证书指纹 SHA-256：{}</source>
            <translation>证书指纹 SHA-256：{}</translation>
        </message>
        <message>
            <source>证书在本单位信任列表中：{}</source>
            <translation>证书在本单位信任列表中：{}</translation>
        </message>
        <message>
            <source>签名人是记录上的检查人员：是</source>
            <translation>签名人是记录上的检查人员：是</translation>
        </message>
        <message>
            <source>签名人是记录上的检查人员：否（记录上的检查人员为 {}）</source>
            <translation>签名人是记录上的检查人员：否（记录上的检查人员为 {}）</translation>
        </message>
        <message>
            <source>摘要与数据库相同，但文件签名无效或缺失，不能据此认定文书有效</source>
            <translation>摘要与数据库相同，但文件签名无效或缺失，不能据此认定文书有效</translation>
        </message>
        <message>
            <source>注意：本文件已被第 {} 版取代</source>
            <translation>注意：本文件已被第 {} 版取代</translation>
        </message>
        <message>
            <source>起点</source>
            <translation>起点</translation>
        </message>
        <message>
            <source>终点</source>
            <translation>终点</translation>
        </message>
        <message>
            <source>测量工具</source>
            <translation>测量工具</translation>
        </message>
        <message>
            <source>GPS 精度 {:g} 米不可能用于测距（最多 {} 米），未保存。</source>
            <translation>GPS 精度 {:g} 米不可能用于测距（最多 {} 米），未保存。</translation>
        </message>
        <message>
            <source>实测距离 {:.1f} 米与按坐标计算的直线距离 {:.1f} 米相差悬殊。</source>
            <translation>实测距离 {:.1f} 米与按坐标计算的直线距离 {:.1f} 米相差悬殊。</translation>
        </message>
        <message>
            <source>主检查员</source>
            <translation>主检查员</translation>
        </message>
        <message>
            <source>主检查员证件号</source>
            <translation>主检查员证件号</translation>
        </message>
        <message>
            <source>协检员</source>
            <translation>协检员</translation>
        </message>
        <message>
            <source>协检员证件号</source>
            <translation>协检员证件号</translation>
        </message>
        <message>
            <source>检查地点</source>
            <translation>检查地点</translation>
        </message>
        <message>
            <source>导出数据包</source>
            <translation>导出数据包</translation>
        </message>
        <message>
            <source>{}如确认无误，请确认后再保存。</source>
            <translation>{}如确认无误，请确认后再保存。</translation>
        </message>
        <message>
            <source>“{}”最多 {} 个字，现为 {} 个字，未保存</source>
            <translation>“{}”最多 {} 个字，现为 {} 个字，未保存</translation>
        </message>
        <message>
            <source>联系电话“{}”不像电话号码（应有 {} 到 {} 位数字，可含 - + 空格 转）</source>
            <translation>联系电话“{}”不像电话号码（应有 {} 到 {} 位数字，可含 - + 空格 转）</translation>
        </message>
        <message>
            <source>统一社会信用代码“{}”有 {} 位，最多 {} 位，未保存</source>
            <translation>统一社会信用代码“{}”有 {} 位，最多 {} 位，未保存</translation>
        </message>
        <message>
            <source>名称</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>地址</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>网格</source>
            <translation>网格</translation>
        </message>
        <message>
            <source>社区</source>
            <translation>社区</translation>
        </message>
        <message>
            <source>负责人</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>联系电话</source>
            <translation>联系电话</translation>
        </message>
        <message>
            <source>证照种类</source>
            <translation>证照种类</translation>
        </message>
        <message>
            <source>证照编号</source>
            <translation>证照编号</translation>
        </message>
        <message>
            <source>坐标点名称</source>
            <translation>坐标点名称</translation>
        </message>
        <message>
            <source>第 {} 个证照：{}</source>
            <translation>第 {} 个证照：{}</translation>
        </message>
        <message>
            <source>检查员姓名</source>
            <translation>检查员姓名</translation>
        </message>
        <message>
            <source>检查员证件号</source>
            <translation>检查员证件号</translation>
        </message>
        <message>
            <source>{}，第 {} 行：{}</source>
            <translation>{}，第 {} 行：{}</translation>
        </message>
        <message>
            <source>{}，第 {} 行，{} 列：{}</source>
            <translation>{}，第 {} 行，{} 列：{}</translation>
        </message>
        <message>
            <source>无法读取 {}：应为 UTF-8 编码的 CSV（{}）。</source>
            <translation>无法读取 {}：应为 UTF-8 编码的 CSV（{}）。</translation>
        </message>
        <message>
            <source>找不到文件 {}。</source>
            <translation>找不到文件 {}。</translation>
        </message>
        <message>
            <source>无法打开工作簿 {}：应为 .xlsx 文件（{}）。</source>
            <translation>无法打开工作簿 {}：应为 .xlsx 文件（{}）。</translation>
        </message>
        <message>
            <source>未知的列 {!r}（可用的列见 docs/templates.md）</source>
            <translation>未知的列 {!r}（可用的列见 docs/templates.md）</translation>
        </message>
        <message>
            <source>缺少中文文字</source>
            <translation>缺少中文文字</translation>
        </message>
        <message>
            <source>有英文而没有中文</source>
            <translation>有英文而没有中文</translation>
        </message>
        <message>
            <source>应为数字，实为 {!r}</source>
            <translation>应为数字，实为 {!r}</translation>
        </message>
        <message>
            <source>应为 yes 或 no，实为 {!r}</source>
            <translation>应为 yes 或 no，实为 {!r}</translation>
        </message>
        <message>
            <source>工作簿缺少工作表 {}</source>
            <translation>工作簿缺少工作表 {}</translation>
        </message>
        <message>
            <source>settings 表第 2 行应填写 form_id、version 等</source>
            <translation>settings 表第 2 行应填写 form_id、version 等</translation>
        </message>
        <message>
            <source>应为正整数，实为 {!r}</source>
            <translation>应为正整数，实为 {!r}</translation>
        </message>
        <message>
            <source>缺少 {}</source>
            <translation>缺少 {}</translation>
        </message>
        <message>
            <source>缺少 type</source>
            <translation>缺少 type</translation>
        </message>
        <message>
            <source>分组不能嵌套：第 {} 行开始的分组还没有结束</source>
            <translation>分组不能嵌套：第 {} 行开始的分组还没有结束</translation>
        </message>
        <message>
            <source>{} 前没有对应的开始行</source>
            <translation>{} 前没有对应的开始行</translation>
        </message>
        <message>
            <source>第 {} 行开始的分组应以 {} 结束</source>
            <translation>第 {} 行开始的分组应以 {} 结束</translation>
        </message>
        <message>
            <source>检查项应在 begin_group 与 end_group 之间（分组即分节）</source>
            <translation>检查项应在 begin_group 与 end_group 之间（分组即分节）</translation>
        </message>
        <message>
            <source>这一行开始的分组没有用 {} 结束</source>
            <translation>这一行开始的分组没有用 {} 结束</translation>
        </message>
        <message>
            <source>分组需要 name（分节代码）</source>
            <translation>分组需要 name（分节代码）</translation>
        </message>
        <message>
            <source>分组行只用 name、label、relevant</source>
            <translation>分组行只用 name、label、relevant</translation>
        </message>
        <message>
            <source>select_one 后应写选项列表名</source>
            <translation>select_one 后应写选项列表名</translation>
        </message>
        <message>
            <source>choices 表中没有选项列表 {!r}</source>
            <translation>choices 表中没有选项列表 {!r}</translation>
        </message>
        <message>
            <source>未知的 type {!r}（可用：{}）</source>
            <translation>未知的 type {!r}（可用：{}）</translation>
        </message>
        <message>
            <source>检查项需要 name（检查项代码）</source>
            <translation>检查项需要 name（检查项代码）</translation>
        </message>
        <message>
            <source>name {!r} 重复（第 {} 行已用过）</source>
            <translation>name {!r} 重复（第 {} 行已用过）</translation>
        </message>
        <message>
            <source>{} 中已有 {} 第 {} 版，内容不同：请在 settings 表中提高 version 后再导入。</source>
            <translation>{} 中已有 {} 第 {} 版，内容不同：请在 settings 表中提高 version 后再导入。</translation>
        </message>
        <message>
            <source>无法写入模板文件夹 {}：{}</source>
            <translation>无法写入模板文件夹 {}：{}</translation>
        </message>
        <message>
            <source>写入的模板与工作簿内容不一致，已撤销。</source>
            <translation>写入的模板与工作簿内容不一致，已撤销。</translation>
        </message>
        <message>
            <source>黑榜候选（红线）</source>
            <translation>黑榜候选（红线）</translation>
        </message>
        <message>
            <source>保存文书</source>
            <translation>保存文书</translation>
        </message>
        <message>
            <source>距离不足（不合格）</source>
            <translation>距离不足（不合格）</translation>
        </message>
        <message>
            <source>符合距离要求</source>
            <translation>符合距离要求</translation>
        </message>
        <message>
            <source>无法计算</source>
            <translation>无法计算</translation>
        </message>
        <message>
            <source>数据包清单缺少数据结构版本 schema_version。</source>
            <translation>数据包清单缺少数据结构版本 schema_version。</translation>
        </message>
        <message>
            <source>数据包的数据结构版本为 {}，本程序只支持到 {}，请先升级办公室的程序。</source>
            <translation>数据包的数据结构版本为 {}，本程序只支持到 {}，请先升级办公室的程序。</translation>
        </message>
        <message>
            <source>{} 的记录 {} 属于另一台设备的 {} {}，数据包只能写本设备的记录，已拒收。</source>
            <translation>{} 的记录 {} 属于另一台设备的 {} {}，数据包只能写本设备的记录，已拒收。</translation>
        </message>
        <message>
            <source>distance_measurement 的记录 {} 的距离 {} 米超出可能的范围（{}），已拒收。</source>
            <translation>distance_measurement 的记录 {} 的距离 {} 米超出可能的范围（{}），已拒收。</translation>
        </message>
        <message>
            <source>answer 的记录 {} 的数值 {} 超出检查项 {} 可能的范围（{}），已拒收。</source>
            <translation>answer 的记录 {} 的数值 {} 超出检查项 {} 可能的范围（{}），已拒收。</translation>
        </message>
        <message>
            <source>数据包不是完整的 zip 文件（可能在复制时被截断或损坏）。</source>
            <translation>数据包不是完整的 zip 文件（可能在复制时被截断或损坏）。</translation>
        </message>
        <message>
            <source>数据包含有 {} 个文件，超过上限 {}。</source>
            <translation>数据包含有 {} 个文件，超过上限 {}。</translation>
        </message>
        <message>
            <source>数据包中的路径 “{}…” 过长：每一级名称最多 {} 字节（UTF-8），整个路径最多 {} 个字符，已拒收。</source>
            <translation>数据包中的路径 “{}…” 过长：每一级名称最多 {} 字节（UTF-8），整个路径最多 {} 个字符，已拒收。</translation>
        </message>
        <message>
            <source>数据包中的路径 “{}” 不安全（可能指向数据目录之外），已拒收。</source>
            <translation>数据包中的路径 “{}” 不安全（可能指向数据目录之外），已拒收。</translation>
        </message>
        <message>
            <source>数据包中的文件 “{}” 出现了不止一次。</source>
            <translation>数据包中的文件 “{}” 出现了不止一次。</translation>
        </message>
        <message>
            <source>数据包中有加密的 zip 条目，本程序不接受。</source>
            <translation>数据包中有加密的 zip 条目，本程序不接受。</translation>
        </message>
        <message>
            <source>数据包中的文件 “{}” 过大（{} 字节）。</source>
            <translation>数据包中的文件 “{}” 过大（{} 字节）。</translation>
        </message>
        <message>
            <source>数据包中的文件 “{}” 压缩比异常（疑似 zip 炸弹），已拒收。</source>
            <translation>数据包中的文件 “{}” 压缩比异常（疑似 zip 炸弹），已拒收。</translation>
        </message>
        <message>
            <source>数据包解压后共 {} 字节，超过上限 {} 字节（疑似 zip 炸弹）。</source>
            <translation>数据包解压后共 {} 字节，超过上限 {} 字节（疑似 zip 炸弹）。</translation>
        </message>
        <message>
            <source>数据包中缺少文件 “{}”。</source>
            <translation>数据包中缺少文件 “{}”。</translation>
        </message>
        <message>
            <source>数据包中的文件 “{}” 已损坏或被截断。</source>
            <translation>数据包中的文件 “{}” 已损坏或被截断。</translation>
        </message>
        <message>
            <source>数据包中的文件 “{}” 使用了不支持的压缩方式，已拒收。</source>
            <translation>数据包中的文件 “{}” 使用了不支持的压缩方式，已拒收。</translation>
        </message>
        <message>
            <source>数据包中的文件 “{}” 比清单写的更大。</source>
            <translation>数据包中的文件 “{}” 比清单写的更大。</translation>
        </message>
        <message>
            <source>键 “{}” 出现了两次</source>
            <translation>键 “{}” 出现了两次</translation>
        </message>
        <message>
            <source>含有 JSON 不允许的值 {}</source>
            <translation>含有 JSON 不允许的值 {}</translation>
        </message>
        <message>
            <source>整数 {}… 超出 64 位整数的范围</source>
            <translation>整数 {}… 超出 64 位整数的范围</translation>
        </message>
        <message>
            <source>整数 {} 超出 64 位整数的范围</source>
            <translation>整数 {} 超出 64 位整数的范围</translation>
        </message>
        <message>
            <source>数字 {}… 过长</source>
            <translation>数字 {}… 过长</translation>
        </message>
        <message>
            <source>数字 {} 超出浮点数的范围</source>
            <translation>数字 {} 超出浮点数的范围</translation>
        </message>
        <message>
            <source>长度 {} 字节，超过上限 {} 字节</source>
            <translation>长度 {} 字节，超过上限 {} 字节</translation>
        </message>
        <message>
            <source>不是 UTF-8 文本</source>
            <translation>不是 UTF-8 文本</translation>
        </message>
        <message>
            <source>嵌套 {} 层，超过上限 {} 层</source>
            <translation>嵌套 {} 层，超过上限 {} 层</translation>
        </message>
        <message>
            <source>不是有效的 JSON</source>
            <translation>不是有效的 JSON</translation>
        </message>
        <message>
            <source>{} 中有一条记录不是 JSON 对象。</source>
            <translation>{} 中有一条记录不是 JSON 对象。</translation>
        </message>
        <message>
            <source>{} 的记录含有本程序不认识的字段 {}，可能来自更新版本的程序。</source>
            <translation>{} 的记录含有本程序不认识的字段 {}，可能来自更新版本的程序。</translation>
        </message>
        <message>
            <source>{} 的记录缺少字段 {}。</source>
            <translation>{} 的记录缺少字段 {}。</translation>
        </message>
        <message>
            <source>记录字段 {}.{} 不能为空。</source>
            <translation>记录字段 {}.{} 不能为空。</translation>
        </message>
        <message>
            <source>记录字段 {}.{} 的值类型不对或超长。</source>
            <translation>记录字段 {}.{} 的值类型不对或超长。</translation>
        </message>
        <message>
            <source>{} 的记录缺少 id。</source>
            <translation>{} 的记录缺少 id。</translation>
        </message>
        <message>
            <source>{}没有完成：存储空间已满（{}）。请删除不需要的文件或换一个空间足够的位置后重试；之前已保存的内容不受影响。</source>
            <translation>{}没有完成：存储空间已满（{}）。请删除不需要的文件或换一个空间足够的位置后重试；之前已保存的内容不受影响。</translation>
        </message>
        <message>
            <source>{}没有完成：{} 是只读的或没有写入权限。请检查存储设备的写保护开关和文件夹权限，或换一个可写的位置后重试。</source>
            <translation>{}没有完成：{} 是只读的或没有写入权限。请检查存储设备的写保护开关和文件夹权限，或换一个可写的位置后重试。</translation>
        </message>
        <message>
            <source>{}没有完成：读写 {} 时出现输入/输出错误，存储设备可能有故障或已被拔出。请检查或更换存储设备，并尽快备份数据。</source>
            <translation>{}没有完成：读写 {} 时出现输入/输出错误，存储设备可能有故障或已被拔出。请检查或更换存储设备，并尽快备份数据。</translation>
        </message>
        <message>
            <source>{}没有完成：数据库 {} 正被另一个程序使用。请稍后重试，或关闭另一个程序。</source>
            <translation>{}没有完成：数据库 {} 正被另一个程序使用。请稍后重试，或关闭另一个程序。</translation>
        </message>
        <message>
            <source>{}没有完成：数据库文件 {} 已损坏。请从最近的备份恢复。</source>
            <translation>{}没有完成：数据库文件 {} 已损坏。请从最近的备份恢复。</translation>
        </message>
        <message>
            <source>{}没有完成：找不到 {}。请检查路径是否正确、存储设备是否已连接。</source>
            <translation>{}没有完成：找不到 {}。请检查路径是否正确、存储设备是否已连接。</translation>
        </message>
        <message>
            <source>{}没有完成：{}（{}）。</source>
            <translation>{}没有完成：{}（{}）。</translation>
        </message>
        <message>
            <source>命令“{}”</source>
            <translation>命令“{}”</translation>
        </message>
        <message>
            <source>存储设备</source>
            <translation>存储设备</translation>
        </message>
        <message>
            <source>数据库 {} 已损坏（完整性检查：{}）。</source>
            <translation>数据库 {} 已损坏（完整性检查：{}）。</translation>
        </message>
        <message>
            <source>进程 {}（{}，主机 {}，自 {} 起）</source>
            <translation>进程 {}（{}，主机 {}，自 {} 起）</translation>
        </message>
        <message>
            <source>数据目录 {} 正被另一个程序使用，请先关闭它再试。</source>
            <translation>数据目录 {} 正被另一个程序使用，请先关闭它再试。</translation>
        </message>
        <message>
            <source>数据目录 {} 正被{}使用：同一时间只能有一个程序修改数据。请先关闭它，或等它完成后再试。</source>
            <translation>数据目录 {} 正被{}使用：同一时间只能有一个程序修改数据。请先关闭它，或等它完成后再试。</translation>
        </message>
        <message>
            <source>数据目录 {} 正在恢复备份或升级数据库，请稍后再试。</source>
            <translation>数据目录 {} 正在恢复备份或升级数据库，请稍后再试。</translation>
        </message>
        <message>
            <source>{}正在读取数据目录 {}：它结束之前不能恢复备份或升级数据库。</source>
            <translation>{}正在读取数据目录 {}：它结束之前不能恢复备份或升级数据库。</translation>
        </message>
        <message>
            <source>无法打开数据库 {}：缺少数据库驱动 {}。PostgreSQL 数据库需要安装 inspector[postgres]。</source>
            <translation>无法打开数据库 {}：缺少数据库驱动 {}。PostgreSQL 数据库需要安装 inspector[postgres]。</translation>
        </message>
        <message>
            <source>打开数据库</source>
            <translation>打开数据库</translation>
        </message>
        <message>
            <source>无法打开数据库 {}：{}</source>
            <translation>无法打开数据库 {}：{}</translation>
        </message>
        <message>
            <source>{} 不是本程序的数据库（已有数据表但没有版本标记），未作任何修改。</source>
            <translation>{} 不是本程序的数据库（已有数据表但没有版本标记），未作任何修改。</translation>
        </message>
        <message>
            <source>数据库 {} 来自更新版本的程序（版本 {}），本版本无法打开。请升级程序；数据库未作任何修改。</source>
            <translation>数据库 {} 来自更新版本的程序（版本 {}），本版本无法打开。请升级程序；数据库未作任何修改。</translation>
        </message>
        <message>
            <source>表达式第 {} 个字符处无法理解：{}</source>
            <translation>表达式第 {} 个字符处无法理解：{}</translation>
        </message>
        <message>
            <source>表达式无法理解：{}</source>
            <translation>表达式无法理解：{}</translation>
        </message>
        <message>
            <source>表达式应为比较或 selected(…)，不是单独的值：{}</source>
            <translation>表达式应为比较或 selected(…)，不是单独的值：{}</translation>
        </message>
        <message>
            <source>selected() 只能用于选择项，${{{}}} 是 {}</source>
            <translation>selected() 只能用于选择项，${{{}}} 是 {}</translation>
        </message>
        <message>
            <source>${{{}}} 没有选项 {!r}</source>
            <translation>${{{}}} 没有选项 {!r}</translation>
        </message>
        <message>
            <source>“.”（本项的值）只能用于 constraint，不能用于 relevant</source>
            <translation>“.”（本项的值）只能用于 constraint，不能用于 relevant</translation>
        </message>
        <message>
            <source>类型不符：{} 项不能与{}比较</source>
            <translation>类型不符：{} 项不能与{}比较</translation>
        </message>
        <message>
            <source>类型不符：{} 项只能用 = 或 != 比较</source>
            <translation>类型不符：{} 项只能用 = 或 != 比较</translation>
        </message>
        <message>
            <source>取值 {!r} 不是 {} 之一</source>
            <translation>取值 {!r} 不是 {} 之一</translation>
        </message>
        <message>
            <source>营业执照注册号“{}”的校验位有误</source>
            <translation>营业执照注册号“{}”的校验位有误</translation>
        </message>
        <message>
            <source>统一社会信用代码“{}”应为 18 位（现为 {} 位）</source>
            <translation>统一社会信用代码“{}”应为 18 位（现为 {} 位）</translation>
        </message>
        <message>
            <source>统一社会信用代码“{}”的校验位有误：第 18 位应为“{}”</source>
            <translation>统一社会信用代码“{}”的校验位有误：第 18 位应为“{}”</translation>
        </message>
        <message>
            <source>统一社会信用代码“{}”含有不允许的字符</source>
            <translation>统一社会信用代码“{}”含有不允许的字符</translation>
        </message>
        <message>
            <source>坐标系“{}”无法识别，应为 WGS-84、CGCS2000、GCJ-02 或 BD-09</source>
            <translation>坐标系“{}”无法识别，应为 WGS-84、CGCS2000、GCJ-02 或 BD-09</translation>
        </message>
        <message>
            <source>坐标系“{}”无法识别</source>
            <translation>坐标系“{}”无法识别</translation>
        </message>
        <message>
            <source>纬度 {} 超出范围（-90 到 90）</source>
            <translation>纬度 {} 超出范围（-90 到 90）</translation>
        </message>
        <message>
            <source>经度 {} 超出范围（-180 到 180）</source>
            <translation>经度 {} 超出范围（-180 到 180）</translation>
        </message>
        <message>
            <source>无法识别坐标 {!r}</source>
            <translation>无法识别坐标 {!r}</translation>
        </message>
        <message>
            <source>坐标应为“纬度, 经度”两个数，如 25.79, 113.04；收到 {!r}</source>
            <translation>坐标应为“纬度, 经度”两个数，如 25.79, 113.04；收到 {!r}</translation>
        </message>
        <message>
            <source>策略项 {} 应为数字，实际为 {!r}</source>
            <translation>策略项 {} 应为数字，实际为 {!r}</translation>
        </message>
        <message>
            <source>策略项 {} 应为 true 或 false，实际为 {!r}</source>
            <translation>策略项 {} 应为 true 或 false，实际为 {!r}</translation>
        </message>
        <message>
            <source>策略文件的顶层应为键值表</source>
            <translation>策略文件的顶层应为键值表</translation>
        </message>
        <message>
            <source>combination 应为 {} 或 {}，实际为 {!r}</source>
            <translation>combination 应为 {} 或 {}，实际为 {!r}</translation>
        </message>
        <message>
            <source>cases.on_reinspection_fail.{} 应为 overdue 或 escalated</source>
            <translation>cases.on_reinspection_fail.{} 应为 overdue 或 escalated</translation>
        </message>
        <message>
            <source>月份应在 1–12 之间：{}</source>
            <translation>月份应在 1–12 之间：{}</translation>
        </message>
        <message>
            <source>季度应在 1–4 之间：{}</source>
            <translation>季度应在 1–4 之间：{}</translation>
        </message>
        <message>
            <source>期间“{}”无效：{}</source>
            <translation>期间“{}”无效：{}</translation>
        </message>
        <message>
            <source>无法识别的期间“{}”：请写成月份 2026-10 或季度 2026Q4。</source>
            <translation>无法识别的期间“{}”：请写成月份 2026-10 或季度 2026Q4。</translation>
        </message>
        <message>
            <source>检查项 {} 的数值 {} 不可能成立（允许 {}），请核对后重新输入。</source>
            <translation>检查项 {} 的数值 {} 不可能成立（允许 {}），请核对后重新输入。</translation>
        </message>
        <message>
            <source>检查项 {} 的数值 {} 远超出通常范围（{}）。</source>
            <translation>检查项 {} 的数值 {} 远超出通常范围（{}）。</translation>
        </message>
        <message>
            <source>plausible 只适用于计数项（count）和测量项（measurement）</source>
            <translation>plausible 只适用于计数项（count）和测量项（measurement）</translation>
        </message>
        <message>
            <source>plausible 应写成 {min: …} 或 {max: …} 或两者</source>
            <translation>plausible 应写成 {min: …} 或 {max: …} 或两者</translation>
        </message>
        <message>
            <source>plausible 中有未知字段 {!r}（只支持 min、max）</source>
            <translation>plausible 中有未知字段 {!r}（只支持 min、max）</translation>
        </message>
        <message>
            <source>plausible.min 大于 plausible.max</source>
            <translation>plausible.min 大于 plausible.max</translation>
        </message>
        <message>
            <source>{} {} 超出该单位可能的范围（{}）</source>
            <translation>{} {} 超出该单位可能的范围（{}）</translation>
        </message>
        <message>
            <source>{} 应为非负的米数，实为 {!r}</source>
            <translation>{} 应为非负的米数，实为 {!r}</translation>
        </message>
        <message>
            <source>{} 应为映射（类型代码: 设置）</source>
            <translation>{} 应为映射（类型代码: 设置）</translation>
        </message>
        <message>
            <source>{} 中有未知的类型 {!r}</source>
            <translation>{} 中有未知的类型 {!r}</translation>
        </message>
        <message>
            <source>{}.{} 应为 {{enabled: …, limit_m: …}}</source>
            <translation>{}.{} 应为 {{enabled: …, limit_m: …}}</translation>
        </message>
        <message>
            <source>{}.{} 含未知字段 {}</source>
            <translation>{}.{} 含未知字段 {}</translation>
        </message>
        <message>
            <source>{}.{}.method 应为 {} 之一</source>
            <translation>{}.{}.method 应为 {} 之一</translation>
        </message>
        <message>
            <source>{}.{}.basis 应为文字</source>
            <translation>{}.{}.basis 应为文字</translation>
        </message>
        <message>
            <source>{}：距离政策应为映射（键: 值）</source>
            <translation>{}：距离政策应为映射（键: 值）</translation>
        </message>
        <message>
            <source>未知字段 {}</source>
            <translation>未知字段 {}</translation>
        </message>
        <message>
            <source>deciding_method 应为 {} 之一，实为 {!r}</source>
            <translation>deciding_method 应为 {} 之一，实为 {!r}</translation>
        </message>
        <message>
            <source>数据目录（默认：用户数据目录，或环境变量 INSPECTOR_DATA_DIR）</source>
            <translation>数据目录（默认：用户数据目录，或环境变量 INSPECTOR_DATA_DIR）</translation>
        </message>
        <message>
            <source>数据库地址，如 postgresql+psycopg://…（默认：数据目录中的 SQLite）</source>
            <translation>数据库地址，如 postgresql+psycopg://…（默认：数据目录中的 SQLite）</translation>
        </message>
        <message>
            <source>在一份新的演示数据副本上打开程序</source>
            <translation>在一份新的演示数据副本上打开程序</translation>
        </message>
        <message>
            <source>自检：打开数据库、加载模板、生成并验证签名 PDF</source>
            <translation>自检：打开数据库、加载模板、生成并验证签名 PDF</translation>
        </message>
        <message>
            <source>错误：{}</source>
            <translation>错误：{}</translation>
        </message>
        <message>
            <source>数据库信息与维护</source>
            <translation>数据库信息与维护</translation>
        </message>
        <message>
            <source>子命令</source>
            <translation>子命令</translation>
        </message>
        <message>
            <source>显示数据库路径、结构版本和日志模式</source>
            <translation>显示数据库路径、结构版本和日志模式</translation>
        </message>
        <message>
            <source>设定本数据目录使用的数据库（如办公室的 PostgreSQL）；--local 恢复使用目录内的 SQLite</source>
            <translation>设定本数据目录使用的数据库（如办公室的 PostgreSQL）；--local 恢复使用目录内的 SQLite</translation>
        </message>
        <message>
            <source>数据库地址，如 postgresql+psycopg://user@host/db</source>
            <translation>数据库地址，如 postgresql+psycopg://user@host/db</translation>
        </message>
        <message>
            <source>使用数据目录内的 SQLite 文件</source>
            <translation>使用数据目录内的 SQLite 文件</translation>
        </message>
        <message>
            <source>立即备份数据库（先做完整性检查）</source>
            <translation>立即备份数据库（先做完整性检查）</translation>
        </message>
        <message>
            <source>列出备份（最新的在前）</source>
            <translation>列出备份（最新的在前）</translation>
        </message>
        <message>
            <source>用备份替换数据库（当前数据库先另存）；不写文件时用最近一份完好的备份</source>
            <translation>用备份替换数据库（当前数据库先另存）；不写文件时用最近一份完好的备份</translation>
        </message>
        <message>
            <source>备份文件</source>
            <translation>备份文件</translation>
        </message>
        <message>
            <source>数据目录：{}</source>
            <translation>数据目录：{}</translation>
        </message>
        <message>
            <source>Inspector {} 自检 — {}，Python {}</source>
            <translation>Inspector {} 自检 — {}，Python {}</translation>
        </message>
        <message>
            <source>数据库</source>
            <translation>数据库</translation>
        </message>
        <message>
            <source>模板</source>
            <translation>模板</translation>
        </message>
        <message>
            <source>证据文件</source>
            <translation>证据文件</translation>
        </message>
        <message>
            <source>中文字体</source>
            <translation>中文字体</translation>
        </message>
        <message>
            <source>系统库</source>
            <translation>系统库</translation>
        </message>
        <message>
            <source>签名 PDF</source>
            <translation>签名 PDF</translation>
        </message>
        <message>
            <source>验证签名</source>
            <translation>验证签名</translation>
        </message>
        <message>
            <source>自检失败：{} 项未通过</source>
            <translation>自检失败：{} 项未通过</translation>
        </message>
        <message>
            <source>自检通过</source>
            <translation>自检通过</translation>
        </message>
        <message>
            <source>已新建，版本 {}</source>
            <translation>已新建，版本 {}</translation>
        </message>
        <message>
            <source>已从 {} 升级，版本 {}</source>
            <translation>已从 {} 升级，版本 {}</translation>
        </message>
        <message>
            <source>已打开，版本 {}</source>
            <translation>已打开，版本 {}</translation>
        </message>
        <message>
            <source>{} 个证据文件缺失或被改动：{}{}</source>
            <translation>{} 个证据文件缺失或被改动：{}{}</translation>
        </message>
        <message>
            <source>照片与签名图片均与存储的 SHA-256 一致</source>
            <translation>照片与签名图片均与存储的 SHA-256 一致</translation>
        </message>
        <message>
            <source>{} 中没有模板</source>
            <translation>{} 中没有模板</translation>
        </message>
        <message>
            <source>{} 个模板，{} 项</source>
            <translation>{} 个模板，{} 项</translation>
        </message>
        <message>
            <source>{} Debian/Ubuntu：apt install fonts-wqy-microhei</source>
            <translation>{} Debian/Ubuntu：apt install fonts-wqy-microhei</translation>
        </message>
        <message>
            <source>不使用 X11 (xcb)，无需检查</source>
            <translation>不使用 X11 (xcb)，无需检查</translation>
        </message>
        <message>
            <source>Qt 的 X11 (xcb) 库齐全：{} 个均可载入</source>
            <translation>Qt 的 X11 (xcb) 库齐全：{} 个均可载入</translation>
        </message>
        <message>
            <source>{}，{} 字节，{}</source>
            <translation>{}，{} 字节，{}</translation>
        </message>
        <message>
            <source>自检单位</source>
            <translation>自检单位</translation>
        </message>
        <message>
            <source>自检人员</source>
            <translation>自检人员</translation>
        </message>
        <message>
            <source>现场检查记录 {}，{} 页，PAdES</source>
            <translation>现场检查记录 {}，{} 页，PAdES</translation>
        </message>
        <message>
            <source>完整、有效、受信任，签名覆盖整个文件，记录哈希与数据库一致；签名人 {}</source>
            <translation>完整、有效、受信任，签名覆盖整个文件，记录哈希与数据库一致；签名人 {}</translation>
        </message>
        <message>
            <source>无法载入自检用的密钥</source>
            <translation>无法载入自检用的密钥</translation>
        </message>
        <message>
            <source>应有 1 个签名，实有 {} 个</source>
            <translation>应有 1 个签名，实有 {} 个</translation>
        </message>
        <message>
            <source>完整、有效、受信任；{} 页；字体已嵌入</source>
            <translation>完整、有效、受信任；{} 页；字体已嵌入</translation>
        </message>
        <message>
            <source>完整、有效、受信任；{} 页；字体未嵌入</source>
            <translation>完整、有效、受信任；{} 页；字体未嵌入</translation>
        </message>
        <message>
            <source>界面</source>
            <translation>界面</translation>
        </message>
        <message>
            <source>Qt {}（{}），{} 个页面</source>
            <translation>Qt {}（{}），{} 个页面</translation>
        </message>
        <message>
            <source>qtawesome 图标字体未能载入</source>
            <translation>qtawesome 图标字体未能载入</translation>
        </message>
        <message>
            <source>英文翻译（inspector_en.qm）未能载入</source>
            <translation>英文翻译（inspector_en.qm）未能载入</translation>
        </message>
        <message>
            <source>主窗口未能绘制</source>
            <translation>主窗口未能绘制</translation>
        </message>
        <message>
            <source>打开了一个模态对话框（已由自检关闭）：{}</source>
            <translation>打开了一个模态对话框（已由自检关闭）：{}</translation>
        </message>
        <message>
            <source>缺少图形界面（Qt 的 X11/xcb 平台插件）需要的系统库，请安装：sudo apt-get install {}</source>
            <translation>缺少图形界面（Qt 的 X11/xcb 平台插件）需要的系统库，请安装：sudo apt-get install {}</translation>
        </message>
        <message>
            <source>直线不足限值，须实地测量步行距离后定论</source>
            <translation>直线不足限值，须实地测量步行距离后定论</translation>
        </message>
        <message>
            <source>设置中的字体 {} 不可用：{}</source>
            <translation>设置中的字体 {} 不可用：{}</translation>
        </message>
        <message>
            <source>文件不存在</source>
            <translation>文件不存在</translation>
        </message>
        <message>
            <source>无法读取字体文件（{}）</source>
            <translation>无法读取字体文件（{}）</translation>
        </message>
        <message>
            <source>字形为 PostScript/CFF 轮廓，reportlab 无法嵌入，请改用 TrueType 字体</source>
            <translation>字形为 PostScript/CFF 轮廓，reportlab 无法嵌入，请改用 TrueType 字体</translation>
        </message>
        <message>
            <source>字体不含中文字形</source>
            <translation>字体不含中文字形</translation>
        </message>
        <message>
            <source>reportlab 无法使用该字体（{}）</source>
            <translation>reportlab 无法使用该字体（{}）</translation>
        </message>
        <message>
            <source>PDF 字体：{}（嵌入子集）</source>
            <translation>PDF 字体：{}（嵌入子集）</translation>
        </message>
        <message>
            <source>未找到可嵌入的中文 TrueType 字体，PDF 改用内置字体 STSong-Light（不嵌入字形，打开 PDF 的电脑须装有中文字体）。请在设置中指定字体文件，例如 simsun.ttc、msyh.ttc 或 wqy-microhei.ttc。</source>
            <translation>未找到可嵌入的中文 TrueType 字体，PDF 改用内置字体 STSong-Light（不嵌入字形，打开 PDF 的电脑须装有中文字体）。请在设置中指定字体文件，例如 simsun.ttc、msyh.ttc 或 wqy-microhei.ttc。</translation>
        </message>
        <message>
            <source>集合中没有第 {} 个字体</source>
            <translation>集合中没有第 {} 个字体</translation>
        </message>
        <message>
            <source>不是 TrueType/OpenType 字体</source>
            <translation>不是 TrueType/OpenType 字体</translation>
        </message>
        <message>
            <source>数据库：{}</source>
            <translation>数据库：{}</translation>
        </message>
        <message>
            <source>结构版本：{}</source>
            <translation>结构版本：{}</translation>
        </message>
        <message>
            <source>日志模式：{}</source>
            <translation>日志模式：{}</translation>
        </message>
        <message>
            <source>同步级别：{}（2 = FULL）</source>
            <translation>同步级别：{}（2 = FULL）</translation>
        </message>
        <message>
            <source>外键约束：开启</source>
            <translation>外键约束：开启</translation>
        </message>
        <message>
            <source>外键约束：关闭</source>
            <translation>外键约束：关闭</translation>
        </message>
        <message>
            <source>完整性检查：通过</source>
            <translation>完整性检查：通过</translation>
        </message>
        <message>
            <source>服务器：{}</source>
            <translation>服务器：{}</translation>
        </message>
        <message>
            <source>设备编号：{}</source>
            <translation>设备编号：{}</translation>
        </message>
        <message>
            <source>已改用数据目录内的 SQLite 数据库：{}</source>
            <translation>已改用数据目录内的 SQLite 数据库：{}</translation>
        </message>
        <message>
            <source>无法连接数据库 {}：{}</source>
            <translation>无法连接数据库 {}：{}</translation>
        </message>
        <message>
            <source>本数据目录今后使用数据库：{}</source>
            <translation>本数据目录今后使用数据库：{}</translation>
        </message>
        <message>
            <source>已备份到 {}</source>
            <translation>已备份到 {}</translation>
        </message>
        <message>
            <source>备份文件夹：{}</source>
            <translation>备份文件夹：{}</translation>
        </message>
        <message>
            <source>共 {} 份。</source>
            <translation>共 {} 份。</translation>
        </message>
        <message>
            <source>当前数据库不是 SQLite 文件（如 PostgreSQL），请用数据库自身的工具恢复。</source>
            <translation>当前数据库不是 SQLite 文件（如 PostgreSQL），请用数据库自身的工具恢复。</translation>
        </message>
        <message>
            <source>没有找到完好的备份。</source>
            <translation>没有找到完好的备份。</translation>
        </message>
        <message>
            <source>已恢复备份 {}。损坏的数据库另存为 {}。</source>
            <translation>已恢复备份 {}。损坏的数据库另存为 {}。</translation>
        </message>
        <message>
            <source>已恢复备份 {}。原数据库另存为 {}。</source>
            <translation>已恢复备份 {}。原数据库另存为 {}。</translation>
        </message>
        <message>
            <source>检查每个照片和签名文件是否与存储的 SHA-256 一致（有问题时退出码 2）</source>
            <translation>检查每个照片和签名文件是否与存储的 SHA-256 一致（有问题时退出码 2）</translation>
        </message>
        <message>
            <source>已检查 {} 张照片、{} 个签名图片。</source>
            <translation>已检查 {} 张照片、{} 个签名图片。</translation>
        </message>
        <message>
            <source>缺失：{}</source>
            <translation>缺失：{}</translation>
        </message>
        <message>
            <source>不一致：{}</source>
            <translation>不一致：{}</translation>
        </message>
        <message>
            <source>证据文件有问题：{} 个不一致，{} 个缺失。</source>
            <translation>证据文件有问题：{} 个不一致，{} 个缺失。</translation>
        </message>
        <message>
            <source>全部证据文件一致。</source>
            <translation>全部证据文件一致。</translation>
        </message>
        <message>
            <source>演示数据</source>
            <translation>演示数据</translation>
        </message>
        <message>
            <source>在一个新的（或空的）目录中生成演示数据</source>
            <translation>在一个新的（或空的）目录中生成演示数据</translation>
        </message>
        <message>
            <source>目标数据目录</source>
            <translation>目标数据目录</translation>
        </message>
        <message>
            <source>演示数据已生成：{}</source>
            <translation>演示数据已生成：{}</translation>
        </message>
        <message>
            <source>场所：{} 个</source>
            <translation>场所：{} 个</translation>
        </message>
        <message>
            <source>学校：{} 所</source>
            <translation>学校：{} 所</translation>
        </message>
        <message>
            <source>生成签名的现场检查记录 PDF</source>
            <translation>生成签名的现场检查记录 PDF</translation>
        </message>
        <message>
            <source>检查记录标识（可只写开头几位）</source>
            <translation>检查记录标识（可只写开头几位）</translation>
        </message>
        <message>
            <source>输出的 PDF 文件</source>
            <translation>输出的 PDF 文件</translation>
        </message>
        <message>
            <source>不做数字签名（仅供预览）</source>
            <translation>不做数字签名（仅供预览）</translation>
        </message>
        <message>
            <source>生成签名的限期整改通知书 PDF</source>
            <translation>生成签名的限期整改通知书 PDF</translation>
        </message>
        <message>
            <source>项目编号=天数</source>
            <translation>项目编号=天数</translation>
        </message>
        <message>
            <source>修改某一项的整改期限，如 --days IC-03=10（可重复）</source>
            <translation>修改某一项的整改期限，如 --days IC-03=10（可重复）</translation>
        </message>
        <message>
            <source>一步生成签名的检查记录和（有不合格项时）整改通知书</source>
            <translation>一步生成签名的检查记录和（有不合格项时）整改通知书</translation>
        </message>
        <message>
            <source>另存到此文件夹（默认只存于数据目录）</source>
            <translation>另存到此文件夹（默认只存于数据目录）</translation>
        </message>
        <message>
            <source>登记整改通知书的送达时间，并生成回证写明送达时间的新版通知书</source>
            <translation>登记整改通知书的送达时间，并生成回证写明送达时间的新版通知书</translation>
        </message>
        <message>
            <source>整改通知书编号（或检查记录标识的开头几位）</source>
            <translation>整改通知书编号（或检查记录标识的开头几位）</translation>
        </message>
        <message>
            <source>实际送达时间（本地时间），如 2026-12-05 10:30</source>
            <translation>实际送达时间（本地时间），如 2026-12-05 10:30</translation>
        </message>
        <message>
            <source>送达人姓名（默认：主办检查人员）</source>
            <translation>送达人姓名（默认：主办检查人员）</translation>
        </message>
        <message>
            <source>另存新版通知书到此文件</source>
            <translation>另存新版通知书到此文件</translation>
        </message>
        <message>
            <source>验证 PDF 的数字签名：有效且受信任时退出码为 0</source>
            <translation>验证 PDF 的数字签名：有效且受信任时退出码为 0</translation>
        </message>
        <message>
            <source>要验证的 PDF 文件</source>
            <translation>要验证的 PDF 文件</translation>
        </message>
        <message>
            <source>签名密钥、证书与信任列表</source>
            <translation>签名密钥、证书与信任列表</translation>
        </message>
        <message>
            <source>显示签名证书</source>
            <translation>显示签名证书</translation>
        </message>
        <message>
            <source>生成密钥和自签名证书（口令取自环境变量或提示输入）</source>
            <translation>生成密钥和自签名证书（口令取自环境变量或提示输入）</translation>
        </message>
        <message>
            <source>同时把证书加入本机信任列表</source>
            <translation>同时把证书加入本机信任列表</translation>
        </message>
        <message>
            <source>导入单位签发的 PKCS#12（.p12/.pfx）证书</source>
            <translation>导入单位签发的 PKCS#12（.p12/.pfx）证书</translation>
        </message>
        <message>
            <source>把证书文件加入信任列表</source>
            <translation>把证书文件加入信任列表</translation>
        </message>
        <message>
            <source>导出本人证书（交创建办加入信任列表）</source>
            <translation>导出本人证书（交创建办加入信任列表）</translation>
        </message>
        <message>
            <source>显示或设置信任列表文件夹</source>
            <translation>显示或设置信任列表文件夹</translation>
        </message>
        <message>
            <source>文书编号段</source>
            <translation>文书编号段</translation>
        </message>
        <message>
            <source>显示当前编号段和剩余数量</source>
            <translation>显示当前编号段和剩余数量</translation>
        </message>
        <message>
            <source>设置创建办分配的编号段</source>
            <translation>设置创建办分配的编号段</translation>
        </message>
        <message>
            <source>编号前缀，如 苏仙巡〔2026〕</source>
            <translation>编号前缀，如 苏仙巡〔2026〕</translation>
        </message>
        <message>
            <source>“{}”对应 {} 条检查记录，请多写几位。</source>
            <translation>“{}”对应 {} 条检查记录，请多写几位。</translation>
        </message>
        <message>
            <source>签名密钥口令：</source>
            <translation>签名密钥口令：</translation>
        </message>
        <message>
            <source>再输入一次：</source>
            <translation>再输入一次：</translation>
        </message>
        <message>
            <source>两次输入的口令不一致。</source>
            <translation>两次输入的口令不一致。</translation>
        </message>
        <message>
            <source>需要签名密钥口令：请设置环境变量 INSPECTOR_KEY_PASSPHRASE，或在终端中运行。</source>
            <translation>需要签名密钥口令：请设置环境变量 INSPECTOR_KEY_PASSPHRASE，或在终端中运行。</translation>
        </message>
        <message>
            <source>警告：{}</source>
            <translation>警告：{}</translation>
        </message>
        <message>
            <source>已签名</source>
            <translation>已签名</translation>
        </message>
        <message>
            <source>{} {}（{} 页，{}）→ {}</source>
            <translation>{} {}（{} 页，{}）→ {}</translation>
        </message>
        <message>
            <source>--days {} 的格式应为 项目编号=天数，如 IC-03=10。</source>
            <translation>--days {} 的格式应为 项目编号=天数，如 IC-03=10。</translation>
        </message>
        <message>
            <source>已登记送达时间 {}。</source>
            <translation>已登记送达时间 {}。</translation>
        </message>
        <message>
            <source>整改通知书 {} 第 {} 版（{} 页，已签名）→ {}</source>
            <translation>整改通知书 {} 第 {} 版（{} 页，已签名）→ {}</translation>
        </message>
        <message>
            <source>信任列表文件夹：{}</source>
            <translation>信任列表文件夹：{}</translation>
        </message>
        <message>
            <source>尚未生成签名密钥（首次签名时自动生成，或运行 inspector keys create）。</source>
            <translation>尚未生成签名密钥（首次签名时自动生成，或运行 inspector keys create）。</translation>
        </message>
        <message>
            <source>证书主体：{}</source>
            <translation>证书主体：{}</translation>
        </message>
        <message>
            <source>指纹 SHA-256：{}</source>
            <translation>指纹 SHA-256：{}</translation>
        </message>
        <message>
            <source>自签名</source>
            <translation>自签名</translation>
        </message>
        <message>
            <source>单位签发（已导入）</source>
            <translation>单位签发（已导入）</translation>
        </message>
        <message>
            <source>类型：演示用，无口令</source>
            <translation>类型：演示用，无口令</translation>
        </message>
        <message>
            <source>类型：{}</source>
            <translation>类型：{}</translation>
        </message>
        <message>
            <source>口令保护：{}</source>
            <translation>口令保护：{}</translation>
        </message>
        <message>
            <source>有效期至：{}</source>
            <translation>有效期至：{}</translation>
        </message>
        <message>
            <source>在信任列表中：{}</source>
            <translation>在信任列表中：{}</translation>
        </message>
        <message>
            <source>已生成签名证书：{}</source>
            <translation>已生成签名证书：{}</translation>
        </message>
        <message>
            <source>PKCS#12 文件密码：</source>
            <translation>PKCS#12 文件密码：</translation>
        </message>
        <message>
            <source>已导入证书：{}</source>
            <translation>已导入证书：{}</translation>
        </message>
        <message>
            <source>已加入信任列表：{}</source>
            <translation>已加入信任列表：{}</translation>
        </message>
        <message>
            <source>尚未生成签名密钥。</source>
            <translation>尚未生成签名密钥。</translation>
        </message>
        <message>
            <source>证书已导出：{}</source>
            <translation>证书已导出：{}</translation>
        </message>
        <message>
            <source>编号段：{}（临时编号段：请在设置中填写创建办分配的编号段）</source>
            <translation>编号段：{}（临时编号段：请在设置中填写创建办分配的编号段）</translation>
        </message>
        <message>
            <source>编号段：{}</source>
            <translation>编号段：{}</translation>
        </message>
        <message>
            <source>剩余：{}</source>
            <translation>剩余：{}</translation>
        </message>
        <message>
            <source>编号段已设置：{}</source>
            <translation>编号段已设置：{}</translation>
        </message>
        <message>
            <source>生成红黑榜草稿（可发布）并导出 PDF 与 XLSX</source>
            <translation>生成红黑榜草稿（可发布）并导出 PDF 与 XLSX</translation>
        </message>
        <message>
            <source>期间：月份 2026-10 或季度 2026Q4</source>
            <translation>期间：月份 2026-10 或季度 2026Q4</translation>
        </message>
        <message>
            <source>类别：all（全部）、school_perimeter、market、window、public_place</source>
            <translation>类别：all（全部）、school_perimeter、market、window、public_place</translation>
        </message>
        <message>
            <source>输出目录</source>
            <translation>输出目录</translation>
        </message>
        <message>
            <source>期号</source>
            <translation>期号</translation>
        </message>
        <message>
            <source>以此期号发布（冻结快照）后再导出</source>
            <translation>以此期号发布（冻结快照）后再导出</translation>
        </message>
        <message>
            <source>在公告中附上黑榜问题照片</source>
            <translation>在公告中附上黑榜问题照片</translation>
        </message>
        <message>
            <source>不签名</source>
            <translation>不签名</translation>
        </message>
        <message>
            <source>导出期间统计报表（.pdf 含图表，或 .xlsx）</source>
            <translation>导出期间统计报表（.pdf 含图表，或 .xlsx）</translation>
        </message>
        <message>
            <source>季度，如 2026Q4</source>
            <translation>季度，如 2026Q4</translation>
        </message>
        <message>
            <source>月份，如 2026-10</source>
            <translation>月份，如 2026-10</translation>
        </message>
        <message>
            <source>输出文件 .pdf 或 .xlsx</source>
            <translation>输出文件 .pdf 或 .xlsx</translation>
        </message>
        <message>
            <source>整改事项</source>
            <translation>整改事项</translation>
        </message>
        <message>
            <source>列出即将到期和逾期的整改事项（按期限、网格排序）</source>
            <translation>列出即将到期和逾期的整改事项（按期限、网格排序）</translation>
        </message>
        <message>
            <source>只列逾期的</source>
            <translation>只列逾期的</translation>
        </message>
        <message>
            <source>列出全部（含已办结）</source>
            <translation>列出全部（含已办结）</translation>
        </message>
        <message>
            <source>只列此网格</source>
            <translation>只列此网格</translation>
        </message>
        <message>
            <source>以 JSON 输出</source>
            <translation>以 JSON 输出</translation>
        </message>
        <message>
            <source>已发布（期号 {}）</source>
            <translation>已发布（期号 {}）</translation>
        </message>
        <message>
            <source>{} {}：红榜 {} 家，黑榜 {} 家，{}</source>
            <translation>{} {}：红榜 {} 家，黑榜 {} 家，{}</translation>
        </message>
        <message>
            <source>--overdue 与 --all 不能同时使用。</source>
            <translation>--overdue 与 --all 不能同时使用。</translation>
        </message>
        <message>
            <source>复发</source>
            <translation>复发</translation>
        </message>
        <message>
            <source>（{}）</source>
            <translation>（{}）</translation>
        </message>
        <message>
            <source>共 {} 项。</source>
            <translation>共 {} 项。</translation>
        </message>
        <message>
            <source>日期应写作 YYYY-MM-DD，收到 {!r}</source>
            <translation>日期应写作 YYYY-MM-DD，收到 {!r}</translation>
        </message>
        <message>
            <source>检查记录：列表与详情</source>
            <translation>检查记录：列表与详情</translation>
        </message>
        <message>
            <source>列出检查记录（最新的在前）</source>
            <translation>列出检查记录（最新的在前）</translation>
        </message>
        <message>
            <source>输出 JSON</source>
            <translation>输出 JSON</translation>
        </message>
        <message>
            <source>草稿或已完成</source>
            <translation>草稿或已完成</translation>
        </message>
        <message>
            <source>网格名称</source>
            <translation>网格名称</translation>
        </message>
        <message>
            <source>场所类型代码，如 internet_cafe</source>
            <translation>场所类型代码，如 internet_cafe</translation>
        </message>
        <message>
            <source>主检查员姓名</source>
            <translation>主检查员姓名</translation>
        </message>
        <message>
            <source>场所编号</source>
            <translation>场所编号</translation>
        </message>
        <message>
            <source>开始日期 YYYY-MM-DD</source>
            <translation>开始日期 YYYY-MM-DD</translation>
        </message>
        <message>
            <source>结束日期 YYYY-MM-DD（含）</source>
            <translation>结束日期 YYYY-MM-DD（含）</translation>
        </message>
        <message>
            <source>最多列出条数（默认 200）</source>
            <translation>最多列出条数（默认 200）</translation>
        </message>
        <message>
            <source>跳过前若干条</source>
            <translation>跳过前若干条</translation>
        </message>
        <message>
            <source>显示一条检查记录（编号可只写前几位）</source>
            <translation>显示一条检查记录（编号可只写前几位）</translation>
        </message>
        <message>
            <source>检查编号或其前缀（至少 4 位）</source>
            <translation>检查编号或其前缀（至少 4 位）</translation>
        </message>
        <message>
            <source>符合</source>
            <translation>符合</translation>
        </message>
        <message>
            <source>不符合</source>
            <translation>不符合</translation>
        </message>
        <message>
            <source>不适用</source>
            <translation>不适用</translation>
        </message>
        <message>
            <source>未答</source>
            <translation>未答</translation>
        </message>
        <message>
            <source>已答</source>
            <translation>已答</translation>
        </message>
        <message>
            <source>不涉及</source>
            <translation>不涉及</translation>
        </message>
        <message>
            <source>--limit 和 --offset 不能为负数。</source>
            <translation>--limit 和 --offset 不能为负数。</translation>
        </message>
        <message>
            <source>⚠距离复测</source>
            <translation>⚠距离复测</translation>
        </message>
        <message>
            <source>更正 {} 次</source>
            <translation>更正 {} 次</translation>
        </message>
        <message>
            <source>{}  {}  {}  {}（{}，{}）  {}  {}{}</source>
            <translation>{}  {}  {}  {}（{}，{}）  {}  {}{}</translation>
        </message>
        <message>
            <source>共 {} 条，显示 {} 条。</source>
            <translation>共 {} 条，显示 {} 条。</translation>
        </message>
        <message>
            <source>检查编号：{}</source>
            <translation>检查编号：{}</translation>
        </message>
        <message>
            <source>场所：{}（{}）  网格：{}</source>
            <translation>场所：{}（{}）  网格：{}</translation>
        </message>
        <message>
            <source>状态：{}  开始：{}</source>
            <translation>状态：{}  开始：{}</translation>
        </message>
        <message>
            <source>完成：{}  内容哈希：{}</source>
            <translation>完成：{}  内容哈希：{}</translation>
        </message>
        <message>
            <source>内容校验：一致，记录自完成后未被改动。</source>
            <translation>内容校验：一致，记录自完成后未被改动。</translation>
        </message>
        <message>
            <source>内容校验：不一致！记录在完成后被改动过。</source>
            <translation>内容校验：不一致！记录在完成后被改动过。</translation>
        </message>
        <message>
            <source>更正：{} 次（原始答案保留，见 [更正] 标记）</source>
            <translation>更正：{} 次（原始答案保留，见 [更正] 标记）</translation>
        </message>
        <message>
            <source>{}（{}）</source>
            <translation>{}（{}）</translation>
        </message>
        <message>
            <source>检查员：{}，{}</source>
            <translation>检查员：{}，{}</translation>
        </message>
        <message>
            <source>地点：{}  坐标：{}, {}</source>
            <translation>地点：{}  坐标：{}, {}</translation>
        </message>
        <message>
            <source>最近学校：{} 直线 {} 米（限值 {:g} 米）</source>
            <translation>最近学校：{} 直线 {} 米（限值 {:g} 米）</translation>
        </message>
        <message>
            <source>依据：{}</source>
            <translation>依据：{}</translation>
        </message>
        <message>
            <source>得分：{}  结果：{}</source>
            <translation>得分：{}  结果：{}</translation>
        </message>
        <message>
            <source>[更正]</source>
            <translation>[更正]</translation>
        </message>
        <message>
            <source>测距 {}：{} 米  {} → {}</source>
            <translation>测距 {}：{} 米  {} → {}</translation>
        </message>
        <message>
            <source>照片：{} 张</source>
            <translation>照片：{} 张</translation>
        </message>
        <message>
            <source>给已登记设备分配文书编号段（不重叠），随配置包下发</source>
            <translation>给已登记设备分配文书编号段（不重叠），随配置包下发</translation>
        </message>
        <message>
            <source>给一台设备分配下一个编号段</source>
            <translation>给一台设备分配下一个编号段</translation>
        </message>
        <message>
            <source>设备编号（可只写前几位）</source>
            <translation>设备编号（可只写前几位）</translation>
        </message>
        <message>
            <source>编号个数，如 500</source>
            <translation>编号个数，如 500</translation>
        </message>
        <message>
            <source>编号前缀（默认沿用上次分配的前缀）</source>
            <translation>编号前缀（默认沿用上次分配的前缀）</translation>
        </message>
        <message>
            <source>列出已分配的编号段及已用数量</source>
            <translation>列出已分配的编号段及已用数量</translation>
        </message>
        <message>
            <source>已分配编号段 {}（{} 个）给设备 {}</source>
            <translation>已分配编号段 {}（{} 个）给设备 {}</translation>
        </message>
        <message>
            <source>下次生成的配置包会带上这个编号段。</source>
            <translation>下次生成的配置包会带上这个编号段。</translation>
        </message>
        <message>
            <source>{}  {}  {}  已用 {}/{}</source>
            <translation>{}  {}  {}  已用 {}/{}</translation>
        </message>
        <message>
            <source>份数应为 1 到 99 的整数，收到 {!r}</source>
            <translation>份数应为 1 到 99 的整数，收到 {!r}</translation>
        </message>
        <message>
            <source>打印签名的文书 PDF（经 CUPS，A4），并记入审计日志</source>
            <translation>打印签名的文书 PDF（经 CUPS，A4），并记入审计日志</translation>
        </message>
        <message>
            <source>要打印的 PDF 文件（可多个）</source>
            <translation>要打印的 PDF 文件（可多个）</translation>
        </message>
        <message>
            <source>打印机名称（默认：系统默认打印机）</source>
            <translation>打印机名称（默认：系统默认打印机）</translation>
        </message>
        <message>
            <source>份数（默认 1）</source>
            <translation>份数（默认 1）</translation>
        </message>
        <message>
            <source>已打印 {}（{} 页 × {} 份）→ 打印机 {}，作业 {}</source>
            <translation>已打印 {}（{} 页 × {} 份）→ 打印机 {}，作业 {}</translation>
        </message>
        <message>
            <source>场所登记的导入与导出（CSV / XLSX）</source>
            <translation>场所登记的导入与导出（CSV / XLSX）</translation>
        </message>
        <message>
            <source>导入场所：任何一行有误则全部不导入，列出错误并退出码 2</source>
            <translation>导入场所：任何一行有误则全部不导入，列出错误并退出码 2</translation>
        </message>
        <message>
            <source>导出全部场所（按文件后缀 .csv 或 .xlsx）</source>
            <translation>导出全部场所（按文件后缀 .csv 或 .xlsx）</translation>
        </message>
        <message>
            <source>学校登记的导入与导出（CSV / XLSX）</source>
            <translation>学校登记的导入与导出（CSV / XLSX）</translation>
        </message>
        <message>
            <source>导入学校：任何一行有误则全部不导入，列出错误并退出码 2</source>
            <translation>导入学校：任何一行有误则全部不导入，列出错误并退出码 2</translation>
        </message>
        <message>
            <source>导出全部学校（按文件后缀 .csv 或 .xlsx）</source>
            <translation>导出全部学校（按文件后缀 .csv 或 .xlsx）</translation>
        </message>
        <message>
            <source>CSV（UTF-8 或 GBK）或 XLSX 文件</source>
            <translation>CSV（UTF-8 或 GBK）或 XLSX 文件</translation>
        </message>
        <message>
            <source>只导入有效的行，并列出跳过的行</source>
            <translation>只导入有效的行，并列出跳过的行</translation>
        </message>
        <message>
            <source>原文=类型</source>
            <translation>原文=类型</translation>
        </message>
        <message>
            <source>把表格中的场所类型“原文”当作该类型（代码或名称）导入，并记入本单位别名表；可重复</source>
            <translation>把表格中的场所类型“原文”当作该类型（代码或名称）导入，并记入本单位别名表；可重复</translation>
        </message>
        <message>
            <source>统一社会信用代码校验位有误的行仍导入，标记为未核验</source>
            <translation>统一社会信用代码校验位有误的行仍导入，标记为未核验</translation>
        </message>
        <message>
            <source>表中坐标的坐标系（无“坐标系”列时）：WGS-84、CGCS2000、GCJ-02、BD-09</source>
            <translation>表中坐标的坐标系（无“坐标系”列时）：WGS-84、CGCS2000、GCJ-02、BD-09</translation>
        </message>
        <message>
            <source>目标文件 .csv 或 .xlsx</source>
            <translation>目标文件 .csv 或 .xlsx</translation>
        </message>
        <message>
            <source>未使用的列：{}</source>
            <translation>未使用的列：{}</translation>
        </message>
        <message>
            <source>第 {} 行：{}（仍导入，标记为未核验）</source>
            <translation>第 {} 行：{}（仍导入，标记为未核验）</translation>
        </message>
        <message>
            <source>场所类型别名已记入本单位别名表：{}</source>
            <translation>场所类型别名已记入本单位别名表：{}</translation>
        </message>
        <message>
            <source>已导入 {} 个场所（新增 {}，更新 {}）。</source>
            <translation>已导入 {} 个场所（新增 {}，更新 {}）。</translation>
        </message>
        <message>
            <source>已导入 {} 所学校（新增 {}，更新 {}）。</source>
            <translation>已导入 {} 所学校（新增 {}，更新 {}）。</translation>
        </message>
        <message>
            <source>{} 行的坐标未注明坐标系，已按 WGS-84 导入；如取自高德、腾讯或百度地图，请加“坐标系”列或用 --datum 重新导入。</source>
            <translation>{} 行的坐标未注明坐标系，已按 WGS-84 导入；如取自高德、腾讯或百度地图，请加“坐标系”列或用 --datum 重新导入。</translation>
        </message>
        <message>
            <source>跳过 {} 行有误的数据。</source>
            <translation>跳过 {} 行有误的数据。</translation>
        </message>
        <message>
            <source>{}（{} 行）</source>
            <translation>{}（{} 行）</translation>
        </message>
        <message>
            <source>无法识别的场所类型：{}。用 --map-kind 原文=类型 指定（如 --map-kind 理发店=small_salon），或写入数据目录中的 site-kind-aliases.yaml。</source>
            <translation>无法识别的场所类型：{}。用 --map-kind 原文=类型 指定（如 --map-kind 理发店=small_salon），或写入数据目录中的 site-kind-aliases.yaml。</translation>
        </message>
        <message>
            <source>{} 行的统一社会信用代码校验位有误；核对后改正，或使用 --accept-unchecked 仍导入并标记为未核验。</source>
            <translation>{} 行的统一社会信用代码校验位有误；核对后改正，或使用 --accept-unchecked 仍导入并标记为未核验。</translation>
        </message>
        <message>
            <source>{} 行有误，未导入任何场所。改正后重新导入，或使用 --skip-invalid 只导入有效的行。</source>
            <translation>{} 行有误，未导入任何场所。改正后重新导入，或使用 --skip-invalid 只导入有效的行。</translation>
        </message>
        <message>
            <source>{} 行有误，未导入任何学校。改正后重新导入，或使用 --skip-invalid 只导入有效的行。</source>
            <translation>{} 行有误，未导入任何学校。改正后重新导入，或使用 --skip-invalid 只导入有效的行。</translation>
        </message>
        <message>
            <source>已导出 {} 个场所到 {}。</source>
            <translation>已导出 {} 个场所到 {}。</translation>
        </message>
        <message>
            <source>已导出 {} 所学校到 {}。</source>
            <translation>已导出 {} 所学校到 {}。</translation>
        </message>
        <message>
            <source>从 GeoJSON 文件录入一所学校的校园边界（多边形，角点按顺序），或用 --export 导出</source>
            <translation>从 GeoJSON 文件录入一所学校的校园边界（多边形，角点按顺序），或用 --export 导出</translation>
        </message>
        <message>
            <source>学校全称或系统编号</source>
            <translation>学校全称或系统编号</translation>
        </message>
        <message>
            <source>GeoJSON 文件（[经度, 纬度]）</source>
            <translation>GeoJSON 文件（[经度, 纬度]）</translation>
        </message>
        <message>
            <source>文件的坐标系：WGS-84、CGCS2000、GCJ-02、BD-09（默认 WGS-84）</source>
            <translation>文件的坐标系：WGS-84、CGCS2000、GCJ-02、BD-09（默认 WGS-84）</translation>
        </message>
        <message>
            <source>把已录入的边界写入 FILE</source>
            <translation>把已录入的边界写入 FILE</translation>
        </message>
        <message>
            <source>按现行方法复核受距离限制的场所：最近学校、距离、方法、结论，及与上次签署结论是否不同</source>
            <translation>按现行方法复核受距离限制的场所：最近学校、距离、方法、结论，及与上次签署结论是否不同</translation>
        </message>
        <message>
            <source>已导出“{}”的校园边界（{} 个角点）到 {}。</source>
            <translation>已导出“{}”的校园边界（{} 个角点）到 {}。</translation>
        </message>
        <message>
            <source>已录入“{}”的校园边界：{} 个角点。</source>
            <translation>已录入“{}”的校园边界：{} 个角点。</translation>
        </message>
        <message>
            <source>定论方法：{}（政策对此类场所的规定）；上列为坐标计算的直线距离，步行距离不会短于它，只作下限核对，不作定论</source>
            <translation>定论方法：{}（政策对此类场所的规定）；上列为坐标计算的直线距离，步行距离不会短于它，只作下限核对，不作定论</translation>
        </message>
        <message>
            <source>定论方法：{}（政策对此类场所的规定）；上列坐标计算的直线距离即按此方法</source>
            <translation>定论方法：{}（政策对此类场所的规定）；上列坐标计算的直线距离即按此方法</translation>
        </message>
        <message>
            <source>{:.1f} 米</source>
            <translation>{:.1f} 米</translation>
        </message>
        <message>
            <source>（限值 {:g} 米）</source>
            <translation>（限值 {:g} 米）</translation>
        </message>
        <message>
            <source>{}［{}］ 最近学校：{}  {}{}</source>
            <translation>{}［{}］ 最近学校：{}  {}{}</translation>
        </message>
        <message>
            <source>无坐标或无学校</source>
            <translation>无坐标或无学校</translation>
        </message>
        <message>
            <source>现行：{}；{}</source>
            <translation>现行：{}；{}</translation>
        </message>
        <message>
            <source>上次签署：无已完成的检查</source>
            <translation>上次签署：无已完成的检查</translation>
        </message>
        <message>
            <source>⚠ 结论不同</source>
            <translation>⚠ 结论不同</translation>
        </message>
        <message>
            <source>上次签署：{}，{}，{}</source>
            <translation>上次签署：{}，{}，{}</translation>
        </message>
        <message>
            <source>共 {} 个受限场所，{} 个与上次签署的结论不同。</source>
            <translation>共 {} 个受限场所，{} 个与上次签署的结论不同。</translation>
        </message>
        <message>
            <source>已导入</source>
            <translation>已导入</translation>
        </message>
        <message>
            <source>重复</source>
            <translation>重复</translation>
        </message>
        <message>
            <source>拒收</source>
            <translation>拒收</translation>
        </message>
        <message>
            <source>已取消</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>场所</source>
            <translation>场所</translation>
        </message>
        <message>
            <source>证照</source>
            <translation>证照</translation>
        </message>
        <message>
            <source>学校</source>
            <translation>学校</translation>
        </message>
        <message>
            <source>学校点位</source>
            <translation>学校点位</translation>
        </message>
        <message>
            <source>检查</source>
            <translation>检查</translation>
        </message>
        <message>
            <source>检查表</source>
            <translation>检查表</translation>
        </message>
        <message>
            <source>检查项</source>
            <translation>检查项</translation>
        </message>
        <message>
            <source>手写签名</source>
            <translation>手写签名</translation>
        </message>
        <message>
            <source>文书</source>
            <translation>文书</translation>
        </message>
        <message>
            <source>文书编号</source>
            <translation>文书编号</translation>
        </message>
        <message>
            <source>整改</source>
            <translation>整改</translation>
        </message>
        <message>
            <source>复查带入的整改</source>
            <translation>复查带入的整改</translation>
        </message>
        <message>
            <source>修改记录</source>
            <translation>修改记录</translation>
        </message>
        <message>
            <source>编号段</source>
            <translation>编号段</translation>
        </message>
        <message>
            <source>更正</source>
            <translation>更正</translation>
        </message>
        <message>
            <source>距离测量</source>
            <translation>距离测量</translation>
        </message>
        <message>
            <source>送达记录</source>
            <translation>送达记录</translation>
        </message>
        <message>
            <source>其他记录</source>
            <translation>其他记录</translation>
        </message>
        <message>
            <source>两处同时修改</source>
            <translation>两处同时修改</translation>
        </message>
        <message>
            <source>已完成的检查</source>
            <translation>已完成的检查</translation>
        </message>
        <message>
            <source>另一台设备的记录</source>
            <translation>另一台设备的记录</translation>
        </message>
        <message>
            <source>导出自上次确认以来的全部更改（签名数据包）</source>
            <translation>导出自上次确认以来的全部更改（签名数据包）</translation>
        </message>
        <message>
            <source>写入数据包的文件夹（如 U 盘）</source>
            <translation>写入数据包的文件夹（如 U 盘）</translation>
        </message>
        <message>
            <source>加密给办公室</source>
            <translation>加密给办公室</translation>
        </message>
        <message>
            <source>不加密</source>
            <translation>不加密</translation>
        </message>
        <message>
            <source>办公室：密钥、设备登记、收件导入、配置包、冲突</source>
            <translation>办公室：密钥、设备登记、收件导入、配置包、冲突</translation>
        </message>
        <message>
            <source>生成办公室密钥并切换到办公室模式</source>
            <translation>生成办公室密钥并切换到办公室模式</translation>
        </message>
        <message>
            <source>办公室名称，如 东风街道创建办</source>
            <translation>办公室名称，如 东风街道创建办</translation>
        </message>
        <message>
            <source>只接收加密的数据包</source>
            <translation>只接收加密的数据包</translation>
        </message>
        <message>
            <source>登记一台外勤设备（设备信息文件）</source>
            <translation>登记一台外勤设备（设备信息文件）</translation>
        </message>
        <message>
            <source>设备名称（默认取设备信息文件中的）</source>
            <translation>设备名称（默认取设备信息文件中的）</translation>
        </message>
        <message>
            <source>吊销一台设备：之后不再接收它的数据包</source>
            <translation>吊销一台设备：之后不再接收它的数据包</translation>
        </message>
        <message>
            <source>列出已登记的设备</source>
            <translation>列出已登记的设备</translation>
        </message>
        <message>
            <source>导入收件文件夹中的新数据包</source>
            <translation>导入收件文件夹中的新数据包</translation>
        </message>
        <message>
            <source>收件文件夹（默认：设置中的收件夹）</source>
            <translation>收件文件夹（默认：设置中的收件夹）</translation>
        </message>
        <message>
            <source>生成签名的办公室配置包</source>
            <translation>生成签名的办公室配置包</translation>
        </message>
        <message>
            <source>不带策略文件，并让各设备恢复内置策略</source>
            <translation>不带策略文件，并让各设备恢复内置策略</translation>
        </message>
        <message>
            <source>导入日志</source>
            <translation>导入日志</translation>
        </message>
        <message>
            <source>设备送来的检查人员证书：列出、确认信任</source>
            <translation>设备送来的检查人员证书：列出、确认信任</translation>
        </message>
        <message>
            <source>列出证书（默认只列待确认的）</source>
            <translation>列出证书（默认只列待确认的）</translation>
        </message>
        <message>
            <source>也列出已确认的</source>
            <translation>也列出已确认的</translation>
        </message>
        <message>
            <source>确认信任一张证书（写入配置包的证书）</source>
            <translation>确认信任一张证书（写入配置包的证书）</translation>
        </message>
        <message>
            <source>证书的 SHA-256 指纹（可只写前几位）</source>
            <translation>证书的 SHA-256 指纹（可只写前几位）</translation>
        </message>
        <message>
            <source>确认人</source>
            <translation>确认人</translation>
        </message>
        <message>
            <source>列出待处理的冲突</source>
            <translation>列出待处理的冲突</translation>
        </message>
        <message>
            <source>处理一条冲突</source>
            <translation>处理一条冲突</translation>
        </message>
        <message>
            <source>冲突编号（可只写前几位）</source>
            <translation>冲突编号（可只写前几位）</translation>
        </message>
        <message>
            <source>外勤设备：导入办公室配置包</source>
            <translation>外勤设备：导入办公室配置包</translation>
        </message>
        <message>
            <source>验证并安装办公室配置包</source>
            <translation>验证并安装办公室配置包</translation>
        </message>
        <message>
            <source>首次使用时确认办公室密钥指纹</source>
            <translation>首次使用时确认办公室密钥指纹</translation>
        </message>
        <message>
            <source>本机设备身份</source>
            <translation>本机设备身份</translation>
        </message>
        <message>
            <source>显示设备编号和公钥指纹</source>
            <translation>显示设备编号和公钥指纹</translation>
        </message>
        <message>
            <source>同时写出设备信息文件（交办公室登记）</source>
            <translation>同时写出设备信息文件（交办公室登记）</translation>
        </message>
        <message>
            <source>已导出 {}</source>
            <translation>已导出 {}</translation>
        </message>
        <message>
            <source>记录 {} 条，文件 {} 个，{} 字节，已加密给办公室。</source>
            <translation>记录 {} 条，文件 {} 个，{} 字节，已加密给办公室。</translation>
        </message>
        <message>
            <source>记录 {} 条，文件 {} 个，{} 字节，未加密。</source>
            <translation>记录 {} 条，文件 {} 个，{} 字节，未加密。</translation>
        </message>
        <message>
            <source>警告：找不到文件 {}，未包含在数据包中。</source>
            <translation>警告：找不到文件 {}，未包含在数据包中。</translation>
        </message>
        <message>
            <source>办公室：{}</source>
            <translation>办公室：{}</translation>
        </message>
        <message>
            <source>密钥指纹：{}</source>
            <translation>密钥指纹：{}</translation>
        </message>
        <message>
            <source>收件文件夹：{}</source>
            <translation>收件文件夹：{}</translation>
        </message>
        <message>
            <source>拒收文件夹：{}</source>
            <translation>拒收文件夹：{}</translation>
        </message>
        <message>
            <source>已登记设备 {}（{}），指纹 {}</source>
            <translation>已登记设备 {}（{}），指纹 {}</translation>
        </message>
        <message>
            <source>已吊销设备 {}</source>
            <translation>已吊销设备 {}</translation>
        </message>
        <message>
            <source>已吊销</source>
            <translation>已吊销</translation>
        </message>
        <message>
            <source>错误：导入时发生内部错误，详情已写入日志文件。</source>
            <translation>错误：导入时发生内部错误，详情已写入日志文件。</translation>
        </message>
        <message>
            <source>没有新的数据包。</source>
            <translation>没有新的数据包。</translation>
        </message>
        <message>
            <source>（已移到 {}）</source>
            <translation>（已移到 {}）</translation>
        </message>
        <message>
            <source>没有待确认的证书。</source>
            <translation>没有待确认的证书。</translation>
        </message>
        <message>
            <source>已确认</source>
            <translation>已确认</translation>
        </message>
        <message>
            <source>待确认</source>
            <translation>待确认</translation>
        </message>
        <message>
            <source>{}  {}  设备 {}  到期 {}</source>
            <translation>{}  {}  设备 {}  到期 {}</translation>
        </message>
        <message>
            <source>已信任证书 {}（指纹 {}，来自设备 {}）。</source>
            <translation>已信任证书 {}（指纹 {}，来自设备 {}）。</translation>
        </message>
        <message>
            <source>下一个办公室配置包会把它带给各设备。</source>
            <translation>下一个办公室配置包会把它带给各设备。</translation>
        </message>
        <message>
            <source>已写出配置包 {}</source>
            <translation>已写出配置包 {}</translation>
        </message>
        <message>
            <source>办公室密钥指纹：{}</source>
            <translation>办公室密钥指纹：{}</translation>
        </message>
        <message>
            <source>没有待处理的冲突。</source>
            <translation>没有待处理的冲突。</translation>
        </message>
        <message>
            <source>{}  {}  {}  {}  不同字段：{}</source>
            <translation>{}  {}  {}  {}  不同字段：{}</translation>
        </message>
        <message>
            <source>编号 {} 对应 {} 条待处理冲突，请写完整些。</source>
            <translation>编号 {} 对应 {} 条待处理冲突，请写完整些。</translation>
        </message>
        <message>
            <source>已处理。</source>
            <translation>已处理。</translation>
        </message>
        <message>
            <source>已安装办公室“{}”的第 {} 号配置包（指纹 {}）。</source>
            <translation>已安装办公室“{}”的第 {} 号配置包（指纹 {}）。</translation>
        </message>
        <message>
            <source>登记记录：新增 {}，更新 {}，保留本机更改 {}；确认已收到的导出 {} 个。</source>
            <translation>登记记录：新增 {}，更新 {}，保留本机更改 {}；确认已收到的导出 {} 个。</translation>
        </message>
        <message>
            <source>办公室要求使用内置策略：已恢复内置策略。</source>
            <translation>办公室要求使用内置策略：已恢复内置策略。</translation>
        </message>
        <message>
            <source>设备名称：{}</source>
            <translation>设备名称：{}</translation>
        </message>
        <message>
            <source>公钥指纹：{}</source>
            <translation>公钥指纹：{}</translation>
        </message>
        <message>
            <source>上次导出：第 {} 号，{}</source>
            <translation>上次导出：第 {} 号，{}</translation>
        </message>
        <message>
            <source>信任的办公室：{}（{}）</source>
            <translation>信任的办公室：{}（{}）</translation>
        </message>
        <message>
            <source>已写出设备信息文件 {}</source>
            <translation>已写出设备信息文件 {}</translation>
        </message>
        <message>
            <source>检查表模板</source>
            <translation>检查表模板</translation>
        </message>
        <message>
            <source>校验模板文件或文件夹：有效时退出码 0，否则列出全部问题并退出码 2</source>
            <translation>校验模板文件或文件夹：有效时退出码 0，否则列出全部问题并退出码 2</translation>
        </message>
        <message>
            <source>模板文件（.yaml）或文件夹</source>
            <translation>模板文件（.yaml）或文件夹</translation>
        </message>
        <message>
            <source>把 XLSForm 格式的工作簿（.xlsx，或含 survey.csv 等的文件夹）导入为模板：全部有效才写入</source>
            <translation>把 XLSForm 格式的工作簿（.xlsx，或含 survey.csv 等的文件夹）导入为模板：全部有效才写入</translation>
        </message>
        <message>
            <source>工作簿 .xlsx，或 CSV 工作表所在的文件夹</source>
            <translation>工作簿 .xlsx，或 CSV 工作表所在的文件夹</translation>
        </message>
        <message>
            <source>写入的模板文件夹（默认：设置中的本单位模板文件夹）</source>
            <translation>写入的模板文件夹（默认：设置中的本单位模板文件夹）</translation>
        </message>
        <message>
            <source>只检查并预览，不写入</source>
            <translation>只检查并预览，不写入</translation>
        </message>
        <message>
            <source>把任一模板（内置或本单位）导出为 XLSForm 格式的工作簿</source>
            <translation>把任一模板（内置或本单位）导出为 XLSForm 格式的工作簿</translation>
        </message>
        <message>
            <source>模板编号 id</source>
            <translation>模板编号 id</translation>
        </message>
        <message>
            <source>输出 .xlsx；以 .csv 结尾或为文件夹时写 CSV</source>
            <translation>输出 .xlsx；以 .csv 结尾或为文件夹时写 CSV</translation>
        </message>
        <message>
            <source>发现 {} 个问题。</source>
            <translation>发现 {} 个问题。</translation>
        </message>
        <message>
            <source>尚未设置本单位模板文件夹：请用 --into 指定，或在设置中选择文件夹。</source>
            <translation>尚未设置本单位模板文件夹：请用 --into 指定，或在设置中选择文件夹。</translation>
        </message>
        <message>
            <source>发现 {} 个问题，未写入任何文件。</source>
            <translation>发现 {} 个问题，未写入任何文件。</translation>
        </message>
        <message>
            <source>内容相同的模板已在 {}，未重复写入。</source>
            <translation>内容相同的模板已在 {}，未重复写入。</translation>
        </message>
        <message>
            <source>已写入 {}</source>
            <translation>已写入 {}</translation>
        </message>
        <message>
            <source>OK  {} v{}  {}  （{} 节，{} 项）</source>
            <translation>OK  {} v{}  {}  （{} 节，{} 项）</translation>
        </message>
        <message>
            <source>（重复：逐个填写）</source>
            <translation>（重复：逐个填写）</translation>
        </message>
        <message>
            <source>条件：{}</source>
            <translation>条件：{}</translation>
        </message>
        <message>
            <source>约束：{}</source>
            <translation>约束：{}</translation>
        </message>
        <message>
            <source>内容哈希 {}</source>
            <translation>内容哈希 {}</translation>
        </message>
        <message>
            <source>没有编号为 {} 的模板（用 inspector templates check 查看可用模板）。</source>
            <translation>没有编号为 {} 的模板（用 inspector templates check 查看可用模板）。</translation>
        </message>
        <message>
            <source>已导出 {} v{} 到 {}（内容哈希 {}）</source>
            <translation>已导出 {} v{} 到 {}（内容哈希 {}）</translation>
        </message>
        <message>
            <source>{}：{}</source>
            <translation>{}：{}</translation>
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
            <translation>缺少{}</translation>
        </message>
        <message>
            <source>{} 为空</source>
            <translation>{} 为空</translation>
        </message>
        <message>
            <source>{} 含未知语言 {}（只支持 zh_CN、en）</source>
            <translation>{} 含未知语言 {}（只支持 zh_CN、en）</translation>
        </message>
        <message>
            <source>{} 缺少中文（zh_CN）</source>
            <translation>{} 缺少中文（zh_CN）</translation>
        </message>
        <message>
            <source>{} 的英文（en）应为文字</source>
            <translation>{} 的英文（en）应为文字</translation>
        </message>
        <message>
            <source>{} 应为文字或 {{zh_CN, en}}</source>
            <translation>{} 应为文字或 {{zh_CN, en}}</translation>
        </message>
        <message>
            <source>{} 应为文字表达式，实为 {!r}</source>
            <translation>{} 应为文字表达式，实为 {!r}</translation>
        </message>
        <message>
            <source>relevant：分节条件引用了本分节的检查项 ${{{}}}（循环引用）</source>
            <translation>relevant：分节条件引用了本分节的检查项 ${{{}}}（循环引用）</translation>
        </message>
        <message>
            <source>重复分节的第一项应为文字项（填写摊位号或名称），实为 {}</source>
            <translation>重复分节的第一项应为文字项（填写摊位号或名称），实为 {}</translation>
        </message>
        <message>
            <source>{}：条件引用了本项自身 ${{{}}}（循环引用）</source>
            <translation>{}：条件引用了本项自身 ${{{}}}（循环引用）</translation>
        </message>
        <message>
            <source>{}：${{{}}} 不是本模板的检查项</source>
            <translation>{}：${{{}}} 不是本模板的检查项</translation>
        </message>
        <message>
            <source>{}：${{{}}} 在重复分节内，只能在该分节内引用</source>
            <translation>{}：${{{}}} 在重复分节内，只能在该分节内引用</translation>
        </message>
        <message>
            <source>{}：引用了后面的检查项 ${{{}}}，只能引用前面的项</source>
            <translation>{}：引用了后面的检查项 ${{{}}}，只能引用前面的项</translation>
        </message>
        <message>
            <source>{} 应为数字，实为 {!r}</source>
            <translation>{} 应为数字，实为 {!r}</translation>
        </message>
        <message>
            <source>{} 应为 true 或 false，实为 {!r}</source>
            <translation>{} 应为 true 或 false，实为 {!r}</translation>
        </message>
        <message>
            <source>applies_to 应为场所类型代码的列表</source>
            <translation>applies_to 应为场所类型代码的列表</translation>
        </message>
        <message>
            <source>未知的场所类型 {!r}</source>
            <translation>未知的场所类型 {!r}</translation>
        </message>
        <message>
            <source>模板应为一个映射（键: 值），不是列表或文字</source>
            <translation>模板应为一个映射（键: 值），不是列表或文字</translation>
        </message>
        <message>
            <source>未知字段 {!r}</source>
            <translation>未知字段 {!r}</translation>
        </message>
        <message>
            <source>缺少模板编号 id</source>
            <translation>缺少模板编号 id</translation>
        </message>
        <message>
            <source>模板编号 id {!r} 只能含英文字母、数字、“-”“_”“.”</source>
            <translation>模板编号 id {!r} 只能含英文字母、数字、“-”“_”“.”</translation>
        </message>
        <message>
            <source>version 应为正整数，实为 {!r}</source>
            <translation>version 应为正整数，实为 {!r}</translation>
        </message>
        <message>
            <source>标题 title</source>
            <translation>标题 title</translation>
        </message>
        <message>
            <source>说明 description</source>
            <translation>说明 description</translation>
        </message>
        <message>
            <source>依据 legal_basis</source>
            <translation>依据 legal_basis</translation>
        </message>
        <message>
            <source>category 应为 {} 之一，实为 {!r}</source>
            <translation>category 应为 {} 之一，实为 {!r}</translation>
        </message>
        <message>
            <source>applies_to 为空：请写明适用的场所类型，或用 "*" 表示全部</source>
            <translation>applies_to 为空：请写明适用的场所类型，或用 "*" 表示全部</translation>
        </message>
        <message>
            <source>sections 应为至少含一个分节的列表</source>
            <translation>sections 应为至少含一个分节的列表</translation>
        </message>
        <message>
            <source>分节 {}</source>
            <translation>分节 {}</translation>
        </message>
        <message>
            <source>分节应为映射</source>
            <translation>分节应为映射</translation>
        </message>
        <message>
            <source>分节缺少 code</source>
            <translation>分节缺少 code</translation>
        </message>
        <message>
            <source>分节 code 重复</source>
            <translation>分节 code 重复</translation>
        </message>
        <message>
            <source>分节标题</source>
            <translation>分节标题</translation>
        </message>
        <message>
            <source>分节没有检查项（items）</source>
            <translation>分节没有检查项（items）</translation>
        </message>
        <message>
            <source>{} 第 {} 项</source>
            <translation>{} 第 {} 项</translation>
        </message>
        <message>
            <source>检查项应为映射（code、text、answer …）</source>
            <translation>检查项应为映射（code、text、answer …）</translation>
        </message>
        <message>
            <source>检查项缺少 code</source>
            <translation>检查项缺少 code</translation>
        </message>
        <message>
            <source>检查项 code 不能含“#”</source>
            <translation>检查项 code 不能含“#”</translation>
        </message>
        <message>
            <source>检查项 code 重复（同一模板内每项的 code 必须唯一）</source>
            <translation>检查项 code 重复（同一模板内每项的 code 必须唯一）</translation>
        </message>
        <message>
            <source>检查内容 text</source>
            <translation>检查内容 text</translation>
        </message>
        <message>
            <source>answer 应为 {} 之一，实为 {!r}</source>
            <translation>answer 应为 {} 之一，实为 {!r}</translation>
        </message>
        <message>
            <source>severity 应为 {} 之一，实为 {!r}</source>
            <translation>severity 应为 {} 之一，实为 {!r}</translation>
        </message>
        <message>
            <source>扣分项（deduct）必须给出 points</source>
            <translation>扣分项（deduct）必须给出 points</translation>
        </message>
        <message>
            <source>points 不能为负数</source>
            <translation>points 不能为负数</translation>
        </message>
        <message>
            <source>max_deduction 不能为负数</source>
            <translation>max_deduction 不能为负数</translation>
        </message>
        <message>
            <source>unit 应为文字，实为 {!r}</source>
            <translation>unit 应为文字，实为 {!r}</translation>
        </message>
        <message>
            <source>文字项（text）无法判定合格与否，不能是红线项</source>
            <translation>文字项（text）无法判定合格与否，不能是红线项</translation>
        </message>
        <message>
            <source>未知的 rule {!r}（可用：{}）</source>
            <translation>未知的 rule {!r}（可用：{}）</translation>
        </message>
        <message>
            <source>distance_to_school 规则需要测量项（measurement）</source>
            <translation>distance_to_school 规则需要测量项（measurement）</translation>
        </message>
        <message>
            <source>distance_to_school 规则需要 unit: m 和 limit: {min: 米数}</source>
            <translation>distance_to_school 规则需要 unit: m 和 limit: {min: 米数}</translation>
        </message>
        <message>
            <source>rectify_days 应为非负整数（天数），实为 {!r}</source>
            <translation>rectify_days 应为非负整数（天数），实为 {!r}</translation>
        </message>
        <message>
            <source>指引 guidance</source>
            <translation>指引 guidance</translation>
        </message>
        <message>
            <source>整改要求 correction</source>
            <translation>整改要求 correction</translation>
        </message>
        <message>
            <source>applies_to 中的 {} 不在模板的适用场所类型内</source>
            <translation>applies_to 中的 {} 不在模板的适用场所类型内</translation>
        </message>
        <message>
            <source>提示 constraint_message</source>
            <translation>提示 constraint_message</translation>
        </message>
        <message>
            <source>escalate_on_recheck 只能用于红线项（severity: red_line）</source>
            <translation>escalate_on_recheck 只能用于红线项（severity: red_line）</translation>
        </message>
        <message>
            <source>{} 只适用于计数项（count）</source>
            <translation>{} 只适用于计数项（count）</translation>
        </message>
        <message>
            <source>per_unit 只适用于计数项（count）</source>
            <translation>per_unit 只适用于计数项（count）</translation>
        </message>
        <message>
            <source>{} 应为非负整数，实为 {!r}</source>
            <translation>{} 应为非负整数，实为 {!r}</translation>
        </message>
        <message>
            <source>计数项（count）需要 fail_above 或 fail_below 说明何时不合格</source>
            <translation>计数项（count）需要 fail_above 或 fail_below 说明何时不合格</translation>
        </message>
        <message>
            <source>fail_below 大于 fail_above：任何数量都不合格</source>
            <translation>fail_below 大于 fail_above：任何数量都不合格</translation>
        </message>
        <message>
            <source>limit 只适用于测量项（measurement）</source>
            <translation>limit 只适用于测量项（measurement）</translation>
        </message>
        <message>
            <source>测量项（measurement）需要单位 unit（如 m、min、%）</source>
            <translation>测量项（measurement）需要单位 unit（如 m、min、%）</translation>
        </message>
        <message>
            <source>测量项（measurement）需要 limit: {min: …} 或 {max: …}</source>
            <translation>测量项（measurement）需要 limit: {min: …} 或 {max: …}</translation>
        </message>
        <message>
            <source>limit 中有未知字段 {!r}（只支持 min、max）</source>
            <translation>limit 中有未知字段 {!r}（只支持 min、max）</translation>
        </message>
        <message>
            <source>limit.min 大于 limit.max</source>
            <translation>limit.min 大于 limit.max</translation>
        </message>
        <message>
            <source>choices 只适用于选择项（choice）</source>
            <translation>choices 只适用于选择项（choice）</translation>
        </message>
        <message>
            <source>选择项（choice）至少需要两个 choices</source>
            <translation>选择项（choice）至少需要两个 choices</translation>
        </message>
        <message>
            <source>第 {} 个选项需要 code 和 text</source>
            <translation>第 {} 个选项需要 code 和 text</translation>
        </message>
        <message>
            <source>选项 {} 有未知字段 {!r}</source>
            <translation>选项 {} 有未知字段 {!r}</translation>
        </message>
        <message>
            <source>选项 code {!r} 重复</source>
            <translation>选项 code {!r} 重复</translation>
        </message>
        <message>
            <source>选项 {} 的文字</source>
            <translation>选项 {} 的文字</translation>
        </message>
        <message>
            <source>扣分或红线的选择项至少要有一个 fails: true 的选项</source>
            <translation>扣分或红线的选择项至少要有一个 fails: true 的选项</translation>
        </message>
        <message>
            <source>{}；{}</source>
            <translation>{}；{}</translation>
        </message>
        <message>
            <source>这项操作</source>
            <translation>这项操作</translation>
        </message>
        <message>
            <source>导出证书</source>
            <translation>导出证书</translation>
        </message>
        <message>
            <source>保存签名</source>
            <translation>保存签名</translation>
        </message>
        <message>
            <source>保存答案</source>
            <translation>保存答案</translation>
        </message>
        <message>
            <source>保存备注</source>
            <translation>保存备注</translation>
        </message>
        <message>
            <source>保存测量</source>
            <translation>保存测量</translation>
        </message>
        <message>
            <source>保存照片</source>
            <translation>保存照片</translation>
        </message>
        <message>
            <source>删除照片</source>
            <translation>删除照片</translation>
        </message>
    </context>
</TS>
