# Mots communs à toute l’interface : noms comptés.

count-events = { $n ->
    [one] { $n } événement
   *[other] { $n } événements
}
count-sources = { $n ->
    [one] { $n } source
   *[other] { $n } sources
}
count-problems = { $n ->
    [one] { $n } problème
   *[other] { $n } problèmes
}
header-language = Langue de l’interface
