# zsh-complete.zsh SCRIPT LINE: type LINE and Tab into an interactive zsh
# (on a zpty pseudo-terminal) that ran compinit and sourced SCRIPT, and
# print every match zsh accepted as VALUE<TAB>HELP.
emulate -L zsh
zmodload zsh/zpty || exit 3
script=${1:A} line=$2
tmp=$(mktemp -d)
cat > $tmp/setup.zsh <<SETUP
PS1='' PROMPT='' RPS1=''
autoload -Uz compinit && compinit -u -d $tmp/zcompdump
source ${(q)script}
zstyle ':completion:*' list-grouped false
compadd() {
  if (( \${@[(I)-[OAD]]} )); then builtin compadd "\$@"; return; fi
  local -a __hits __descr
  local __i=\${@[(i)-d]}
  if (( __i < \$# )); then
    local __d=\${@[__i+1]}
    if [[ \$__d == \\(* ]]; then eval "__descr=\$__d"; else __descr=("\${(@P)__d}"); fi
  fi
  builtin compadd -A __hits -D __descr "\$@"
  local __n __h
  for __n in {1..\$#__hits}; do
    __h=\${__descr[__n]}
    [[ \$__h == "\$__hits[__n]"* ]] && __h=\${\${__h#"\$__hits[__n]"}##[[:space:]]#-- }
    [[ -n \$__hits[__n] ]] && print -r -- "<<ITEM>>\${(V)__hits[__n]}"\$'\t'"\$__h"
  done
  builtin compadd "\$@"
}
__show_buffer() { print -r -- "<<BUFFER>>\$BUFFER"; }
zle -N __show_buffer
bindkey '^I' complete-word
bindkey '^X^B' __show_buffer
print -r -- '<<READY>>'
SETUP
zpty cz "env PATH=${(q)PATH} HOME=${(q)HOME} TERM=dumb zsh -f -i"
zpty -w cz "source $tmp/setup.zsh"
local out
while zpty -r cz out; do [[ $out == *'<<READY>>'* && $out != *source* ]] && break; done
zpty -w -n cz "$line"$'\t\C-x\C-b'
while zpty -r cz out; do
  out=${out//$'\r'/}
  [[ $out == *'<<BUFFER>>'* ]] && break
  [[ $out == *'<<ITEM>>'* ]] && print -r -- "${${out#*<<ITEM>>}%$'\n'}"
done
zpty -d cz
rm -rf $tmp
