# bash-complete.sh SCRIPT LINE: call the completion function SCRIPT
# registers the way readline would for LINE (cursor at the end), and print
# the candidates, one per line.
#
# LINE is split into COMP_WORDS as bash 5 readline splits it: characters of
# COMP_WORDBREAKS (= : and the like) make words of their own, quotes and
# backslashes stay. compopt, which fails outside readline, is recorded; when
# COMPREPLY is empty, the -o default / -o dirnames fallback is emulated with
# compgen.
script=$1 line=$2
source "$script" || exit 3
declare -a __opts=()
compopt() { __opts+=("$@"); return 0; }

sq="'" breaks=$COMP_WORDBREAKS words=() w="" q="" state=""
for ((i = 0; i < ${#line}; i++)); do
    c=${line:i:1}
    if [[ -n $q ]]; then w+=$c; [[ $c == "$q" ]] && q=""; continue; fi
    if [[ $c == [[:space:]] ]]; then
        [[ -n $state ]] && words+=("$w"); w="" state=""
    elif [[ $c == \\ ]]; then
        [[ $state == b ]] && { words+=("$w"); w=""; }
        w+=$c${line:i+1:1}; ((i++)); state=w
    elif [[ $c == \" || $c == "$sq" ]]; then
        [[ $state == b ]] && { words+=("$w"); w=""; }
        q=$c w+=$c state=w
    elif [[ $breaks == *"$c"* ]]; then
        [[ $state == w ]] && { words+=("$w"); w=""; }
        w+=$c state=b
    else
        [[ $state == b ]] && { words+=("$w"); w=""; }
        w+=$c state=w
    fi
done
case $state in
    "") words+=(""); cur="";;
    b)  words+=("$w"); cur="";;
    w)  words+=("$w"); cur=${w//[\"$sq]/};;
esac
COMP_WORDS=("${words[@]}")
COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
prev=${COMP_WORDS[COMP_CWORD-1]}
COMP_LINE=$line COMP_POINT=${#line} COMP_TYPE=9 COMP_KEY=9

prog=${COMP_WORDS[0]}
spec=$(complete -p "$prog" 2>/dev/null) || { echo "no completion for $prog" >&2; exit 4; }
func=${spec##*-F }; func=${func%% *}
COMPREPLY=()
"$func" "$prog" "$cur" "$prev"
if (( ${#COMPREPLY[@]} )); then
    printf '%s\n' "${COMPREPLY[@]}"
else
    all=" ${__opts[*]} $spec "
    if [[ $all == *" -o dirnames "* ]]; then
        compgen -d -- "$cur" | sed 's|$|/|'
    elif [[ $all == *" -o default "* ]]; then
        compgen -f -- "$cur"
    fi
fi
