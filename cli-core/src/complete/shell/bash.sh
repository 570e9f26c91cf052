# bash completion for {{prog}}.
# Load it with:  eval "$({{var}}=bash_source {{prog}})"
{{func}}() {
    local IFS=$'\n'
    local reply line kind value context prefix
    COMPREPLY=()
    # Readline replaces only the text it calls the word ($2); when a quote
    # is open, that is what follows the quote, and readline closes the
    # quote itself. Each value is quoted for that context.
    {{func}}_context "${COMP_WORDS[COMP_CWORD]}" "$2" || return 0
    # The words typed so far go to the program, which answers one
    # candidate per line as KIND,VALUE.
    reply=$(env COMP_WORDS="${COMP_WORDS[*]}" COMP_CWORD="$COMP_CWORD" \
        {{qvar}}=bash_complete "$1" 2>/dev/null) || return 0
    while IFS= read -r line; do
        kind=${line%%,*}
        value=${line#*,}
        case $kind in
            plain)
                # Inside a quote, the text before it stays as typed: a
                # value must begin with it, and only the rest is inserted.
                [[ $value == "$prefix"* ]] || continue
                {{func}}_quote "$context" "${value#"$prefix"}"
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

# {{func}}_context WORD TEXT: WORD is the shell word being completed and
# TEXT the end of it that readline will replace. Sets context (none, ',
# " or $') and prefix (the value of the part of WORD before an open
# quote). Fails when the shell and readline disagree on the quoting, so
# that nothing is offered rather than something mis-quoted.
{{func}}_context() {
    local word=$1 text=$2 head i c state=none value="" dollar="" fresh=""
    if [[ $word == *"$text" ]]; then
        head=${word%"$text"}
    else
        # The cursor is inside the word: find where TEXT starts.
        for ((i = 0; i <= ${#word}; i++)); do
            [[ ${word:i} == "$text"* ]] && break
        done
        head=${word:0:i}
    fi
    for ((i = 0; i < ${#head}; i++)); do
        c=${head:i:1}
        fresh=""
        case $state in
            none)
                case $c in
                    \\) ((i++)); value+=${head:i:1} ;;
                    \')
                        state=\' fresh=1
                        [[ -n $dollar ]] && state=\$\' value=${value%\$}
                        ;;
                    \")
                        state=\" fresh=1
                        [[ -n $dollar ]] && value=${value%\$}
                        ;;
                    *) value+=$c ;;
                esac
                ;;
            \') if [[ $c == \' ]]; then state=none; else value+=$c; fi ;;
            \$\')
                case $c in
                    \\) ((i++)); value+=${head:i:1} ;;
                    \') state=none ;;
                    *) value+=$c ;;
                esac
                ;;
            \")
                case $c in
                    \\)
                        if [[ ${head:i+1:1} == [\$\`\"\\] ]]; then
                            ((i++))
                            value+=${head:i:1}
                        else
                            value+=$c
                        fi
                        ;;
                    \") state=none ;;
                    *) value+=$c ;;
                esac
                ;;
        esac
        dollar=""
        [[ $state == none && $c == \$ && ${head:i-1:1} != \\ ]] && dollar=1
    done
    context=none prefix=""
    if [[ -n $head ]]; then
        case ${head: -1} in
            \' | \")
                # Readline opened a quote here: so must the shell have.
                [[ -n $fresh ]] || return 1
                context=$state prefix=$value
                ;;
            *) [[ $state == none ]] || return 1 ;;
        esac
    fi
    return 0
}

# {{func}}_quote CONTEXT VALUE: sets value to VALUE written for CONTEXT, so
# that the shell reads it back byte for byte and runs nothing: no
# expansion, and no `!` where history expansion would see it.
{{func}}_quote() {
    local context=$1 text=$2 out="" i c code
    if [[ $context == none ]]; then
        if [[ $text != *[[:cntrl:]]* ]]; then
            printf -v value '%q' "$text"
            return
        fi
        context=\$\' out=\$\'
    fi
    case $context in
        \')
            value=\'\"\'\"\'
            value=${text//\'/$value}
            ;;
        \")
            value=${text//\\/\\\\}
            value=${value//\$/\\\$}
            value=${value//\`/\\\`}
            value=${value//\"/\\\"}
            # `!` cannot be escaped inside double quotes: close them, put
            # it in single quotes, and open them again.
            c=\"\'\!\'\"
            value=${value//\!/$c}
            ;;
        \$\')
            # Only letters and harmless marks stay as they are; the rest
            # are written as octal escapes.
            for ((i = 0; i < ${#text}; i++)); do
                c=${text:i:1}
                case $c in
                    [\\\'\!] | [[:cntrl:]])
                        printf -v code '\\%03o' "'$c"
                        out+=$code
                        ;;
                    *) out+=$c ;;
                esac
            done
            [[ $out == \$\'* ]] && out+=\'
            value=$out
            ;;
    esac
    if [[ $context == [\'\"] ]]; then
        # Readline closes the quote only when the text does not already
        # end with the quote character, and it drops the opening quote
        # when the text begins with one: make both come out balanced.
        [[ $value == *"$context" ]] && value+=$context
        [[ $value == "$context"* ]] && value=$context$value
    fi
}

complete -o nosort -F {{func}} {{qprog}}
