# bash completion for {{prog}}.
# Load it with:  eval "$({{var}}=bash_source {{prog}})"
{{func}}() {
    local IFS=$'\n'
    local reply line kind value
    local word=${COMP_WORDS[COMP_CWORD]}
    COMPREPLY=()
    # The words typed so far go to the program, which answers one
    # candidate per line as KIND,VALUE.
    reply=$(env COMP_WORDS="${COMP_WORDS[*]}" COMP_CWORD="$COMP_CWORD" \
        {{var}}=bash_complete "$1" 2>/dev/null) || return 0
    while IFS= read -r line; do
        kind=${line%%,*}
        value=${line#*,}
        case $kind in
            plain)
                # Quote the value for the word it replaces, so that spaces
                # and shell syntax in it stay one literal word.
                case $word in
                    \'*) value=${value//\'/\'\\\'\'} ;;
                    \"*)
                        value=${value//\\/\\\\}
                        value=${value//\$/\\\$}
                        value=${value//\`/\\\`}
                        value=${value//\"/\\\"}
                        ;;
                    *) printf -v value '%q' "$value" ;;
                esac
                COMPREPLY+=("$value")
                ;;
            dir)
                COMPREPLY=()
                compopt -o dirnames
                ;;
            file)
                COMPREPLY=()
                compopt -o default
                ;;
        esac
    done <<< "$reply"
    return 0
}

complete -o nosort -F {{func}} {{qprog}}
