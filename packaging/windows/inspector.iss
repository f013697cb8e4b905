; Inno Setup 6 script (UTF-8 with BOM, which Inno Setup needs for the Chinese names): a per-user installer for the one-folder build.
;
; 1. Build the folder on Windows:   bash packaging/build.sh   (-> dist\inspector\)
; 2. Compile this script:           iscc packaging\windows\inspector.iss
;    with the version from pyproject.toml (build.sh prints the whole command):
;                                    iscc /DAppVersion=0.1.0 packaging\windows\inspector.iss
;    -> dist\installer\
;
; Installs into %LOCALAPPDATA%\Programs\Inspector without administrator rights
; (PrivilegesRequired=lowest). The user's data (database, photos, PDFs, keys, backups)
; lives in the per-user data folder and is never touched by install or uninstall.

#ifndef AppVersion
  #error Pass the version written in pyproject.toml: iscc /DAppVersion=X.Y.Z (packaging/build.sh prints it)
#endif
#define AppName "Inspector"
#define AppNameZh "文明创建巡查助手"
#define SourceDir "..\..\dist\inspector"

[Setup]
AppId={{6B0F3C2E-7D1A-4E0B-9C55-1F2A8D3E4B71}
AppName={#AppName}
AppVerName={#AppNameZh} {#AppVersion}
AppVersion={#AppVersion}
AppPublisher=CivilizedCity
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppNameZh}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist\installer
OutputBaseFilename=inspector-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\inspector.ico
UninstallDisplayIcon={app}\inspector.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
; ChineseSimplified.isl is a community translation of Inno Setup's messages: if your Inno Setup
; does not have it in its Languages folder, get it from https://jrsoftware.org/files/istrans/
; and put it there (or drop that line: setup then speaks English, the app is unaffected).
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppNameZh}"; Filename: "{app}\inspector.exe"
Name: "{autoprograms}\{#AppNameZh}（演示数据）"; Filename: "{app}\inspector.exe"; Parameters: "--demo"
Name: "{autodesktop}\{#AppNameZh}"; Filename: "{app}\inspector.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\inspector-cli.exe"; Parameters: "--self-test"; StatusMsg: "自检 / Self-test…"; Flags: runhidden
Filename: "{app}\inspector.exe"; Description: "{cm:LaunchProgram,{#AppNameZh}}"; Flags: nowait postinstall skipifsilent
