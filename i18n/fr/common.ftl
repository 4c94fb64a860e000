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
# Une partie de l’application chargée à la demande n’est pas arrivée.
chunk-failed = Cette partie de la frise n’a pas pu être chargée. Vérifiez la connexion.
try-again = Réessayer
quoted = « { $text } »
