# Wörter, die die ganze Oberfläche teilt: gezählte Nomen.

count-events = { $n ->
    [one] { $n } Ereignis
   *[other] { $n } Ereignisse
}
count-sources = { $n ->
    [one] { $n } Quelle
   *[other] { $n } Quellen
}
count-problems = { $n ->
    [one] { $n } Problem
   *[other] { $n } Probleme
}
# Das Sprachmenü in der Kopfzeile (sein barrierefreier Name).
header-language = Sprache der Oberfläche
# Ein Teil der App, der bei Bedarf geladen wird, ist nicht angekommen.
chunk-failed = Dieser Teil des Zeitstrahls konnte nicht geladen werden. Bitte die Verbindung prüfen.
try-again = Erneut versuchen
# Ein Wert oder ein Zitat in Anführungszeichen.
quoted = „{ $text }“
