# fish completion for {{prog}}.
# Load it with:  {{var}}=fish_source {{prog}} | source

function {{func}}
    # The line up to the cursor and the word being typed, each passed as
    # one argument even when empty or spread over several lines.
    set -l line (commandline -cp | string collect)
    set -l word (commandline -t | string collect)
    set -l reply (env {{qvar}}=fish_complete COMP_WORDS="$line" COMP_CWORD="$word" {{qprog}} 2>/dev/null)
    for entry in $reply
        # KIND,VALUE or KIND,VALUE<TAB>HELP; VALUE may hold commas.
        set -l parts (string split -m 1 -- , $entry)
        switch $parts[1]
            case plain
                printf '%s\n' $parts[2]
            case dir
                __fish_complete_directories $parts[2]
            case file
                __fish_complete_path $parts[2]
        end
    end
end

complete --no-files --command {{qprog}} --arguments '({{func}})'
