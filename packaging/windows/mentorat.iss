; Inno Setup 6 script: a per-user installer for Mentorat (no administrator rights needed).
; Built by packaging/build.ps1:
;   ISCC /DAppVersion=X.Y.Z /DAppNumericVersion=X.Y.Z.0 packaging\windows\mentorat.iss
; Input: the PyInstaller bundle dist\mentorat\. Output: dist\Mentorat-X.Y.Z-setup.exe.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
; VersionInfoVersion takes up to four numbers only: build.ps1 passes 1.2.0.0 for 1.2.0rc1.
#ifndef AppNumericVersion
  #define AppNumericVersion "0.0.0.0"
#endif
#define AppName "Mentorat"
#define AppExe "mentorat.exe"

[Setup]
; Never change AppId: Windows uses it to recognise an update of the same program.
AppId={{21F9B12D-5FAB-44A9-BFD9-60B440C29275}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppNumericVersion}
; Per user: installs to %LOCALAPPDATA%\Programs\Mentorat, shortcuts in the user's Start menu.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=Mentorat-{#AppVersion}-setup
SetupIconFile=resources\icons\app\mentorat.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; Closes a running Mentorat before an update replaces its files (Restart Manager).
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

; The uninstaller's closing box, one only, says where the data stays: the user's data lives
; outside the program folder, in {localappdata}\Mentorat (mentorat_desktop/config.py), and the
; uninstaller never touches it. Inno Setup shows UninstalledAll (or UninstalledMost) after the
; code's last uninstall step whatever it does, so a MsgBox of ours made two boxes in a row;
; messages expand no constants, hence the folder as File Explorer's address bar takes it
; (%%X%% prints %X%).
[Messages]
english.UninstalledAll=%1 has been removed from this computer.%n%nYour data was kept, in the folder %%LOCALAPPDATA%%\Mentorat (type this in File Explorer's address bar to open it). It holds your database and its backups: delete the folder yourself if you no longer need them; reinstalling Mentorat finds them again.
french.UninstalledAll=%1 a été supprimé de cet ordinateur.%n%nVos données ont été conservées, dans le dossier %%LOCALAPPDATA%%\Mentorat (tapez ce chemin dans la barre d'adresse de l'Explorateur de fichiers pour l'ouvrir). Il contient votre base de données et ses sauvegardes : supprimez ce dossier vous-même si vous n'en avez plus besoin ; une nouvelle installation de Mentorat les retrouvera.
english.UninstalledMost=%1 has been removed from this computer, but some of its files could not be: you may delete them yourself.%n%nYour data was kept, in the folder %%LOCALAPPDATA%%\Mentorat. It holds your database and its backups: delete the folder yourself if you no longer need them.
french.UninstalledMost=%1 a été supprimé de cet ordinateur, mais certains de ses fichiers n'ont pas pu l'être : vous pouvez les supprimer vous-même.%n%nVos données ont été conservées, dans le dossier %%LOCALAPPDATA%%\Mentorat. Il contient votre base de données et ses sauvegardes : supprimez ce dossier vous-même si vous n'en avez plus besoin.

[CustomMessages]
english.AppComment=Run a reverse-mentoring programme
french.AppComment=Piloter un programme de mentorat inversé

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "dist\mentorat\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An update replaces the bundle whole, so no file of an older version lingers beside the new one.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
