# Einen Zeitstrahl nach TimelineJS oder in eine Tabelle übernehmen: was in den Text der Ereignisse
# geschrieben wird und was dort keinen Platz hat. $n zählt Ereignisse.
export-citations = { $n ->
    [one] Bei { $n } Ereignis werden die Belege in den Text geschrieben (TimelineJS kennt keine Quellen).
   *[other] Bei { $n } Ereignissen werden die Belege in den Text geschrieben (TimelineJS kennt keine Quellen).
}
export-disputes = { $n ->
    [one] Bei { $n } Ereignis werden die Widersprüche in den Text geschrieben (wo die Quellen abweichen).
   *[other] Bei { $n } Ereignissen werden die Widersprüche in den Text geschrieben (wo die Quellen abweichen).
}
export-notes = { $n ->
    [one] Bei { $n } Ereignis werden die Anmerkungen der Redaktion in den Text geschrieben (TimelineJS kennt keine Anmerkungen).
   *[other] Bei { $n } Ereignissen werden die Anmerkungen der Redaktion in den Text geschrieben (TimelineJS kennt keine Anmerkungen).
}
export-people-of = { $n ->
    [one] Bei { $n } Ereignis werden die Personen in den Text geschrieben (TimelineJS kennt keine Personen).
   *[other] Bei { $n } Ereignissen werden die Personen in den Text geschrieben (TimelineJS kennt keine Personen).
}
export-categories = { $n ->
    [one] Bei { $n } Ereignis werden die Kategorien nach der ersten in den Text geschrieben (TimelineJS gibt einem Ereignis nur eine Gruppe).
   *[other] Bei { $n } Ereignissen werden die Kategorien nach der ersten in den Text geschrieben (TimelineJS gibt einem Ereignis nur eine Gruppe).
}
export-circa = { $n ->
    [one] { $n } ungefähres Datum mit eigenem Anzeigedatum verliert die Kennzeichnung „ca.“ (das Anzeigedatum bleibt erhalten).
   *[other] { $n } ungefähre Datumsangaben mit eigenem Anzeigedatum verlieren die Kennzeichnung „ca.“ (das Anzeigedatum bleibt erhalten).
}
export-left-sources = die Liste der Quellen ({ $n }, in den Text des Titels geschrieben)
export-left-people = die Rollen und anderen Namen der Personen ({ $n })
export-left-tours = die Rundgänge ({ $n })
export-left-categories = die Farben, Symbole und Beschreibungen der Kategorien
export-left-eras = die Anmerkungen und Quellen der Epochen
export-left-window = das Zeitfenster, mit dem sich der Zeitstrahl öffnet
# $what ist eine Liste der export-left-* oben.
export-no-place = TimelineJS hat keinen Platz für { $what }.
export-sheet-ids = Eine Tabelle hat keine Spalte für Ereignis-IDs: Beim erneuten Import werden die Ereignisse nach ihren Titeln benannt.
# Zeilen, die in den Text eines exportierten Ereignisses geschrieben werden.
export-also-in = Auch in: { $names }.
export-people = Personen: { $names }.
export-sources-say = Was die Quellen sagen:
export-citation = { $source } ({ $section }, Absatz { $paragraph }): { $says }
# $claims sind die Angaben, jeweils mit den Dokumenten, die sie machen.
export-differ = Abweichende Quellenangaben zu { $about }: { $claims }.
export-note = Anmerkung der Redaktion: { $note }
# Überschrift der Quellenliste im Text des Titels.
export-sources = Quellen:
