# Builds PressDesk's Windows installer from what `mvn -Pinstaller package` prepared:
#   target\installer\PressDesk                  the app image (PressDesk.exe; app\pressdesk.cmd for the command line)
#   target\installer\PressDesk-VERSION.msi      installs for the current user only (no administrator rights), with
#                                               a Start menu entry and a desktop shortcut
# Usage: powershell -NoProfile -ExecutionPolicy Bypass -File installer\build-package.ps1 VERSION TARGET [JDK-HOME]
# Needs a JDK 17 or newer (jlink, jpackage) and the WiX Toolset 3 (candle.exe and light.exe on the PATH).
# The Linux and macOS script (build-package.sh) does the same steps; keep them alike. This file is UTF-8 with a
# byte order mark, without which Windows PowerShell 5 would read the accents of the description as ANSI.
param(
    [Parameter(Mandatory = $true)][string]$Version,
    [Parameter(Mandatory = $true)][string]$Target,
    [string]$Jdk = $env:JAVA_HOME
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$Here = $PSScriptRoot
$Name = 'PressDesk'
$MainClass = 'org.pressdesk.Main'
$Description = 'Rédaction, relecture et publication des communiqués de presse'
$Vendor = 'PressDesk'
# Windows Installer recognises later versions of PressDesk by this code: it must never change.
$UpgradeUuid = '7fa32755-a132-4a98-a234-485b918a9d2e'

function Fail([string]$Message) {
    [Console]::Error.WriteLine("build-package: $Message")
    exit 1
}

function Step([string]$Message) {
    Write-Host "== $Message"
}

function Invoke-Tool([string]$Tool, [string[]]$Arguments) {
    & $Tool @Arguments
    if ($LASTEXITCODE -ne 0) {
        Fail "$Tool failed (exit code $LASTEXITCODE)"
    }
}

$Version = ($Version -split '-')[0]
if ($Version -notmatch '^\d+(\.\d+){0,2}$') {
    Fail "jpackage needs a version of one to three numbers, not '$Version'"
}
if (-not $Jdk) {
    Fail 'no JDK: pass its folder as the third argument or set JAVA_HOME'
}
$Jlink = Join-Path $Jdk 'bin\jlink.exe'
$Jpackage = Join-Path $Jdk 'bin\jpackage.exe'
foreach ($tool in @($Jlink, $Jpackage)) {
    if (-not (Test-Path $tool)) {
        Fail "$tool is missing: build with a full JDK 17 or newer"
    }
}
foreach ($wix in @('candle.exe', 'light.exe')) {
    if (-not (Get-Command $wix -ErrorAction SilentlyContinue)) {
        Fail "$wix is not on the PATH: install the WiX Toolset 3 and add its bin folder to the PATH"
    }
}
$Target = (Resolve-Path $Target).Path
$Out = Join-Path $Target 'installer'
$Work = Join-Path $Out 'work'
if (-not (Test-Path (Join-Path $Target 'pressdesk.jar'))) {
    Fail "run 'mvn -Pinstaller package', which builds the jar first"
}
foreach ($prepared in @('icons', 'legal')) {
    if (-not (Test-Path (Join-Path $Work $prepared))) {
        Fail "$prepared missing in $Work`: run 'mvn -Pinstaller package'"
    }
}

# The Java runtime: the modules of runtime-modules.txt, rebuilt only when the list or the JDK changed.
$Runtime = Join-Path $Work 'runtime'
$Modules = (Get-Content (Join-Path $Here 'runtime-modules.txt') |
    ForEach-Object { ($_ -replace '#.*', '').Trim() } |
    Where-Object { $_ -and -not $_.StartsWith('-') }) -join ','
# No --compress: the .msi compresses the classes better than jlink's zip, and they load without unzipping.
$JlinkOptions = @('--include-locales=en,fr', '--strip-debug', '--no-header-files', '--no-man-pages',
    '--generate-cds-archive')
$Stamp = "$Modules $($JlinkOptions -join ' ') $((Get-Item $Jlink).LastWriteTimeUtc.Ticks)"
$StampFile = "$Runtime.stamp"
if ((Test-Path $StampFile) -and ((Get-Content $StampFile -Raw).Trim() -eq $Stamp) -and (Test-Path "$Runtime\bin\java.exe")) {
    Step "Java runtime: reusing $Runtime"
} else {
    Step "Java runtime: jlink $Modules"
    Remove-Item -Recurse -Force -ErrorAction SilentlyContinue $Runtime, $StampFile
    Invoke-Tool $Jlink (@('--add-modules', $Modules) + $JlinkOptions + @('--output', $Runtime))
    # The archive for heaps over 32 GB, which PressDesk never uses.
    Remove-Item -Force -ErrorAction SilentlyContinue (Join-Path $Runtime 'bin\server\classes_nocoops.jsa')
    Set-Content -Path $StampFile -Value $Stamp
}

# The application files. JavaFX looks for its DLLs in ..\bin beside the folder of its jars (app\bin) before
# unpacking them into the user's profile: put them there.
$AppFiles = Join-Path $Work 'input'
Step "Application files: $AppFiles"
Remove-Item -Recurse -Force -ErrorAction SilentlyContinue $AppFiles
New-Item -ItemType Directory -Force -Path (Join-Path $AppFiles 'lib'), (Join-Path $AppFiles 'bin') | Out-Null
Copy-Item (Join-Path $Target 'pressdesk.jar') $AppFiles
Copy-Item (Join-Path $Target 'lib\*.jar') (Join-Path $AppFiles 'lib')
Copy-Item -Recurse (Join-Path $Work 'legal') (Join-Path $AppFiles 'legal')
Copy-Item (Join-Path $Here 'windows\pressdesk.cmd') $AppFiles
Add-Type -AssemblyName System.IO.Compression.FileSystem
foreach ($jar in Get-ChildItem (Join-Path $AppFiles 'lib\javafx-*.jar')) {
    $zip = [System.IO.Compression.ZipFile]::OpenRead($jar.FullName)
    try {
        foreach ($entry in $zip.Entries | Where-Object { $_.FullName -like '*.dll' }) {
            [System.IO.Compression.ZipFileExtensions]::ExtractToFile($entry, (Join-Path $AppFiles "bin\$($entry.Name)"), $true)
        }
    } finally {
        $zip.Dispose()
    }
}

# The app image, then the installer.
Remove-Item -Recurse -Force -ErrorAction SilentlyContinue (Join-Path $Out $Name), (Join-Path $Out '*.msi')
Step "Application image: $Out\$Name"
# The launcher's memory options (memory-options.txt, one a line; issue 14, point 5).
$MemoryOptions = @(Get-Content (Join-Path $Here 'memory-options.txt') | Where-Object { $_ -and -not $_.StartsWith('#') } |
    ForEach-Object { '--java-options', $_ })
Invoke-Tool $Jpackage (@('--type', 'app-image', '--dest', $Out, '--name', $Name, '--app-version', $Version,
    '--vendor', $Vendor, '--description', $Description,
    '--input', $AppFiles, '--main-jar', 'pressdesk.jar', '--main-class', $MainClass,
    '--runtime-image', $Runtime, '--icon', (Join-Path $Work 'icons\pressdesk.ico'),
    '--java-options', '-Dpressdesk.legalDir=$APPDIR\legal',
    '--java-options', '-Xlog:disable', '--java-options', '-Xlog:all=warning:stderr') + $MemoryOptions)
Step "Windows installer: $Out\$Name-$Version.msi"
Invoke-Tool $Jpackage @('--type', 'msi', '--app-image', (Join-Path $Out $Name), '--dest', $Out, '--name', $Name,
    '--app-version', $Version, '--vendor', $Vendor, '--description', $Description,
    '--win-per-user-install', '--win-menu', '--win-menu-group', $Name, '--win-shortcut',
    '--win-upgrade-uuid', $UpgradeUuid)
Get-ChildItem (Join-Path $Out '*.msi') | ForEach-Object { Write-Host "$($_.FullName): $($_.Length) bytes" }
