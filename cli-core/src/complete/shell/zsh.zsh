#compdef {{prog}}
# zsh completion for {{prog}}.
# Load it with:  eval "$({{var}}=zsh_source {{prog}})"  (after compinit),
# or save it as _{{prog}} in a folder of $fpath.

{{func}}() {
    local -a reply described bare
    local kind value help
    local prog={{qprog}}
    (( $+commands[$prog] )) || return 1
    # The program answers three lines per candidate: KIND, VALUE, HELP
    # (HELP is _ when there is none; VALUE has : escaped when HELP is set).
    reply=("${(@f)$(env COMP_WORDS="${words[*]}" COMP_CWORD=$((CURRENT - 1)) \
        {{qvar}}=zsh_complete "$prog" 2>/dev/null)}")
    for kind value help in "${reply[@]}"; do
        case $kind in
            plain)
                if [[ $help == _ ]]; then
                    bare+=("$value")
                else
                    described+=("$value:$help")
                fi
                ;;
            dir) _path_files -/ ;;
            file) _path_files -f ;;
        esac
    done
    if (( ${#described} )); then
        _describe -V unsorted described -U
    fi
    if (( ${#bare} )); then
        compadd -U -V unsorted -a bare
    fi
}

if [[ ${zsh_eval_context[-1]} == loadautofunc ]]; then
    {{func}} "$@"
else
    compdef {{func}} {{qprog}}
fi
