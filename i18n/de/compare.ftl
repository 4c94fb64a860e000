# Wie jedes Quellendokument zu einem Ereignis steht (Karten der Ereignisansicht, Vergleichstabelle).

# Das eine Wort, das eine Karte oder Zelle für die Haltung eines Dokuments zeigt.
standing-word = { $standing ->
    [agrees] stimmt überein
    [differs] weicht ab
    [only] allein
    [speaks] berichtet
   *[silent] schweigt
}
# Was dieses Wort bedeutet (Legende, Tooltip).
standing-meaning = { $standing ->
    [agrees] stimmt in einem strittigen Punkt mit einem anderen Dokument überein
    [differs] macht zu einem strittigen Punkt eine Angabe, die kein anderes Dokument macht
    [only] das einzige Dokument, das von dem Ereignis spricht
    [speaks] spricht wie andere von dem Ereignis, ohne dass ein strittiger Punkt zwischen ihnen verzeichnet ist
   *[silent] sagt nichts über das Ereignis
}
# Namen, verbunden wie beim Schreiben: $first ist „A“ oder „A, B“, $last der letzte Name.
names-and = { $first } und { $last }
# Ein strittiger Punkt, nach dem Namen eines Dokuments: $who sind Dokumente, $about der strittige Punkt.
# Jeder beginnt mit dem Wort oben, das die Ansicht fett setzt.
point-agrees = stimmt bei „{ $about }“ mit { $who } überein
point-differs = weicht bei „{ $about }“ von { $who } ab
point-alone = ist das einzige Dokument mit einer Angabe zu „{ $about }“
# Ein Dokument zu einem Ereignis, nach seinem Namen.
phrase-silent = sagt nichts über dieses Ereignis
phrase-only = ist das einzige Dokument, das von diesem Ereignis spricht
# $points ist eine Liste strittiger Punkte wie oben, durch „; “ getrennt.
phrase-only-points = ist das einzige Dokument, das von diesem Ereignis spricht; { $points }
# $n ist die Zahl der anderen Dokumente, die von dem Ereignis sprechen.
phrase-speaks = { $n ->
    [one] spricht von diesem Ereignis, wie ein anderes Dokument auch; kein strittiger Punkt ist verzeichnet
   *[other] spricht von diesem Ereignis, wie { $n } andere Dokumente auch; kein strittiger Punkt ist verzeichnet
}
# Wie viel vom Zeitstrahl ein Dokument abdeckt: $years ist „1928–1937“.
coverage = { $n ->
    [one] { $n } Ereignis, { $years }
   *[other] { $n } Ereignisse, { $years }
}
coverage-none = keine Ereignisse
# Die Zählung in einem Spaltenkopf: „stimmt überein: 2, weicht ab: 5“.
standing-count = { $standing ->
    [agrees] stimmt überein: { $n }
    [differs] weicht ab: { $n }
    [only] allein: { $n }
    [speaks] berichtet: { $n }
   *[silent] schweigt: { $n }
}

# Die Vergleichstabelle: eine Zeile pro Ereignis, eine Spalte pro Quellendokument.
compare-label = Was jede Quelle sagt, Ereignis für Ereignis
compare-grid = Ereignisse und Quellen
# Was ein Screenreader vor dem Inhalt einer Zelle vorliest: $source ist ein Dokument, $event der Titel eines Ereignisses.
compare-lead = { $source } zu „{ $event }“:{ " " }
compare-lead-differ = { $source } zu „{ $event }“ (Quellen weichen ab):{ " " }
# Unter dem Namen eines Dokuments: für wen es geschrieben wurde.
compare-for = Für: { $audience }
# Von wie vielen Zeilen ein Dokument spricht: $count von $n, über $years.
compare-speaks-of = { $count } von { $n }: { $years }
compare-silent-on-all = { $n ->
    [one] schweigt zu dem einen
   *[other] schweigt zu allen { $n }
}
compare-open-card = { $name }: Karte öffnen
# Eine Zelle, deren Dokument nichts über das Ereignis sagt.
compare-silent = schweigt
# Wenn der Quellenfilter einige Dokumente auswählt: $names sind ihre Namen.
compare-all-sources = Alle { $total } Quellen; der Filter wählt { $names }.
compare-picked-sources = Nur { $names }, wie vom Filter gewählt ({ $shown } von { $total } Quellen).
compare-only-picked = Nur die gewählten Quellen
compare-show-all = Alle { $total } Quellen zeigen
