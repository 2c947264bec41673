# Windows release step (.github/workflows/release.yml): Authenticode-signs files with an
# RFC 3161 timestamp, then verifies each against the system's trust.
#   sign-files.ps1 -Certificate cert.pfx -TimestampUrl URL FILE...
# The certificate's password comes from the environment variable VT_CODESIGN_PASSWORD.
# On Linux, packaging/release/sign does the same step with osslsigncode.
param(
    [Parameter(Mandatory = $true)][string]$Certificate,
    [Parameter(Mandatory = $true)][string]$TimestampUrl,
    [Parameter(Mandatory = $true, ValueFromRemainingArguments = $true)][string[]]$Files
)
$ErrorActionPreference = 'Stop'
if (-not $env:VT_CODESIGN_PASSWORD) { throw 'VT_CODESIGN_PASSWORD is not set' }
foreach ($file in $Files) {
    & signtool sign /fd sha256 /td sha256 /tr $TimestampUrl /f $Certificate `
        /p $env:VT_CODESIGN_PASSWORD /d 'Voice AI Training' /du 'https://voicetraining.example.com' $file
    if ($LASTEXITCODE -ne 0) { throw "signing $file failed" }
    & signtool verify /pa /tw $file
    if ($LASTEXITCODE -ne 0) { throw "the signature of $file does not verify" }
}
