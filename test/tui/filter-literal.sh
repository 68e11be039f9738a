# test/tui/filter-literal.sh: the list filters take what is typed as it is.
# Regression (issue 20, the naughty strings "%" and "_"): naam:% and
# naam:_ showed every candidate, because the value went into LIKE
# unescaped.
. "$WB_ROOT/test/lib.sh"
. "$WB_ROOT/test/tui/tui.lib"

tui_need
new_db db.db || finish
printf 'code,name,kind\nMEP,Gemeente Meppel,gemeente\n' >p.csv
printf '%s\n' 'ref,partner,first_name,last_name,postcode,target_group,consent' \
    'K-1,MEP,Jan,Jansen,7941,ww,ja' 'K-2,MEP,Kees,100%,7941,ww,ja' \
    'K-3,MEP,Anna,Van_Dam,7941,ww,ja' 'K-4,MEP,Piet,Bakker,7941,ww,ja' >c.csv
"$WB" --db db.db import partners p.csv </dev/null >/dev/null 2>&1
"$WB" --db db.db user add "$(id -un)" --partner MEP --role coordinator </dev/null >/dev/null 2>&1
"$WB" --db db.db user add annaw --partner MEP --role recruiter --name "Anna Wessels" </dev/null >/dev/null 2>&1
"$WB" --db db.db import candidates c.csv </dev/null >/dev/null 2>&1
"$WB" --db db.db candidate edit MEP/K-1 consultant=annaw </dev/null >/dev/null 2>&1
"$WB" --db db.db candidate edit MEP/K-4 consultant=annaw </dev/null >/dev/null 2>&1

tui_start 100 30 --db "$T/db.db"
tui_wait "the workbench opens" "$(t_open)"
tui_keys 2
tui_wait "the candidates list shows all four" "$(t_candidates 4)"
tui_keys f
tui_text "naam:%"
tui_keys Enter
tui_wait "naam:% finds the one name with a % in it" "$(t_candidates 1)"
tui_has "... Kees 100%" "K-2 +Kees 100%"
tui_keys f C-u
tui_text "naam:_"
tui_keys Enter
tui_wait "naam:_ finds the one name with a _ in it" "$(t_candidates 1)"
tui_has "... Anna Van_Dam" "K-3 +Anna Van_Dam"
tui_keys f C-u
tui_text "naam:a_s"
tui_keys Enter
tui_wait "an _ is no wildcard for one character (Jansen holds a-n-s)" "$(t_candidates 0)"
tui_keys f C-u
tui_text "naam:jans"
tui_keys Enter
tui_wait "a part of a name still finds it" "$(t_candidates 1)"
# walk/filter-dutch: plaats:Meppel was shown back as place:Meppel, and a
# consultant could be filtered on by login only.
tui_keys f C-u
tui_text "plaats:Meppel"
tui_keys Enter
tui_wait "walk/filter-dutch: the filter shown as typed, in Dutch" "$(msgf_re '  filter: %s' 'plaats:Meppel')"
tui_hasnt "walk/filter-dutch: ... not in English" "filter: place:"
tui_keys f C-u
tui_text "consulent:Wessels"
tui_keys Enter
tui_wait "walk/filter-dutch: a consultant by name" "$(t_candidates 2)"
tui_stop
finish
