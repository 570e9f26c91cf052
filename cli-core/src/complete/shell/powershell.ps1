# PowerShell completion for {{prog}}.
# Load it with:  $env:{{var}} = 'powershell_source'; {{prog}} | Out-String | Invoke-Expression; Remove-Item Env:{{var}}
Register-ArgumentCompleter -Native -CommandName '{{qprog}}' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    # The program reads the command text and the index of the word being
    # typed, and answers three lines per candidate: KIND, VALUE, HELP.
    $saved = @{}
    foreach ($name in '{{qvar}}', 'COMP_WORDS', 'COMP_CWORD') {
        $saved[$name] = [Environment]::GetEnvironmentVariable($name)
    }
    $count = $commandAst.CommandElements.Count
    if ($wordToComplete) { $count = $count - 1 }
    try {
        [Environment]::SetEnvironmentVariable('{{qvar}}', 'powershell_complete')
        [Environment]::SetEnvironmentVariable('COMP_WORDS', $commandAst.ToString())
        [Environment]::SetEnvironmentVariable('COMP_CWORD', [string]$count)
        $reply = @(& '{{qprog}}' 2>$null)
    } finally {
        foreach ($name in $saved.Keys) {
            [Environment]::SetEnvironmentVariable($name, $saved[$name])
        }
    }

    $pattern = [System.Management.Automation.WildcardPattern]::Escape($wordToComplete) + '*'
    for ($i = 0; $i + 2 -lt $reply.Count; $i += 3) {
        $kind = $reply[$i]
        $value = $reply[$i + 1]
        $help = $reply[$i + 2]
        switch ($kind) {
            'plain' {
                $tip = if ($help -and $help -ne '_') { $help } else { $value }
                $text = $value
                if ($text -match '[\s''"`$;,(){}@#|&<>]') {
                    $text = "'" + ($text -replace "'", "''") + "'"
                }
                [System.Management.Automation.CompletionResult]::new(
                    $text, $value, 'ParameterValue', $tip)
            }
            'dir' {
                Get-ChildItem -Directory -Path $pattern -ErrorAction SilentlyContinue |
                    ForEach-Object {
                        [System.Management.Automation.CompletionResult]::new(
                            $_.FullName, $_.Name, 'ProviderContainer', $_.FullName)
                    }
            }
            'file' {
                Get-ChildItem -Path $pattern -ErrorAction SilentlyContinue |
                    ForEach-Object {
                        $type = if ($_.PSIsContainer) { 'ProviderContainer' } else { 'ProviderItem' }
                        [System.Management.Automation.CompletionResult]::new(
                            $_.FullName, $_.Name, $type, $_.FullName)
                    }
            }
        }
    }
}
