# Die Übungen für den Unterricht.

# Was jede Übung von den Schülerinnen und Schülern verlangt (Übungsdialog).
activity-about = { $kind ->
    [order] Ereignisse ohne Datum in die Reihenfolge ihres Beginns bringen.
    [sources] Aussagen aus den Dokumenten: Welches Dokument macht welche Aussage?
   *[corroborate] Die Aussagen zum geöffneten Ereignis, Dokument für Dokument: Welche bestätigen andere Dokumente, welchen widersprechen sie, welche macht nur ein einziges Dokument?
}
activity-open-first = Zuerst ein Ereignis öffnen: Dort gibt es „Quellen abgleichen“.
# $title ist der Titel des geöffneten Ereignisses.
activity-open-event = Das geöffnete Ereignis: { $title }.
activity-dealt-from = { $n ->
    [one] Zusammengestellt aus dem einen Ereignis, das die Filter zeigen.
   *[other] Zusammengestellt aus den { $n } Ereignissen, die die Filter zeigen.
}
# $title ist der Name einer Übung.
activity-start = „{ $title }“ starten
activity-intro = Erstellt aus den Dokumenten und den aktiven Filtern. Jedes Set ist ein Link: Wer ihn teilt, gibt allen Schülerinnen und Schülern dieselben Karten, die sie auf ihrem eigenen Gerät bearbeiten. Es werden keine Daten gesendet.
# Danach folgt eine Zahl zur Auswahl.
activity-size = Karten oder Fragen pro Set{ " " }
# Die Aufgabenstellung am Anfang jeder Übung.
activity-how = { $kind ->
    [order] Die Ereignisse in die Reihenfolge ihres Beginns bringen, das früheste zuerst. Eine Karte an ihrem Griff ziehen, ihre Schaltflächen ↑ und ↓ verwenden oder eine Karte auswählen, mit der Leertaste aufnehmen, mit den Pfeiltasten verschieben und mit der Leertaste ablegen.
    [sources] Jede Aussage unten stammt aus nur einem Dokument. Das Dokument wählen, das sie macht.
   *[corroborate] Jede Aussage eines Dokuments zu diesem Ereignis zuordnen: Sagt ein anderes Dokument dasselbe, sagt ein anderes etwas anderes, oder steht sie nur in diesem Dokument? Dann die Dokumente markieren, die nichts über das Ereignis sagen.
}
# Woraus ein Set gezogen wurde. $filters sind die aktiven Filter, „Armee; Quellen weichen ab“.
activity-of-all = { $n ->
    [one] dem einzigen Ereignis
   *[other] allen { $n } Ereignissen
}
activity-of-shown = { $n ->
    [one] dem einzigen angezeigten Ereignis ({ $filters })
   *[other] den { $n } angezeigten Ereignissen ({ $filters })
}
# $of ist eine der beiden Nachrichten oben.
activity-scope-order = { $n ->
    [one] { $n } Ereignis aus { $of }.
   *[other] { $n } Ereignisse aus { $of }.
}
activity-scope-sources = { $n ->
    [one] { $n } Aussage aus { $of }.
   *[other] { $n } Aussagen aus { $of }.
}
# Ein Ereignis mit seinem Datum: „Ermordung Kirows (1. Dez. 1934)“.
activity-event = { $title } ({ $date })
activity-change-filters = Die Filter ändern oder zum Zeitstrahl zurückkehren.
# Bei der Projektion: wie viele Antworten der Presenter schon aufgedeckt hat.
activity-answers-shown = Antworten gezeigt: { $n } von { $total } (Bild ab zeigt die nächste)
activity-new-set = Neues Set
activity-print = Arbeitsblatt drucken
activity-back = Zurück zum Zeitstrahl
activity-check = Prüfen
# Ereignisse ordnen. $title ist der Titel eines Ereignisses, $position sein Platz, $total die Zahl der Karten.
order-put-down = { $title } abgelegt auf Position { $position } von { $total }.
order-picked-up = { $title } aufgenommen, auf Position { $position } von { $total }. Mit den Pfeiltasten verschieben, mit der Leertaste ablegen.
order-put-back = { $title } zurückgelegt auf Position { $position } von { $total }.
order-moved = { $title } verschoben auf Position { $position } von { $total }.
order-right-place = An der richtigen Stelle
order-belongs-at = Gehört auf Position { $position }
order-move-up = „{ $title }“ nach oben verschieben
order-move-down = „{ $title }“ nach unten verschieben
# Der barrierefreie Name einer Karte.
order-card = { $title }, Position { $position } von { $total }
order-drag = Zum Verschieben ziehen
order-help = Die Leertaste nimmt eine Karte auf oder legt sie ab; die Pfeiltasten verschieben sie; Esc legt sie zurück.
# Abgleichen: wohin eine Aussage gehört, nach dem Prüfen.
corroborate-verdict = { $bin ->
    [agrees] Sie stimmt mit einem anderen Dokument überein.
    [differs] Sie weicht von einem anderen Dokument ab.
   *[only] Sie steht nur in diesem Dokument.
}
corroborate-silent-question = Welche Dokumente sagen nichts über dieses Ereignis?
corroborate-also-said = Außerdem dazu gesagt (nicht zugeordnet: Aus dem Datensatz geht nicht hervor, ob die anderen Dokumente übereinstimmen)
# Wer sagt das? Nach der Wahl der Schülerin oder des Schülers; dann der Name des Dokuments.
sources-right = Richtig:{ " " }
sources-wrong = Leider nicht:{ " " }
sources-said-by = Aussage von{ " " }
# Danach folgen die Fassungen der Aussage in den anderen Dokumenten.
sources-other-versions = Andere Fassungen:{ " " }
# Das gedruckte Arbeitsblatt und seine Lösungen.
sheet-order-how = Die Ereignisse in den Kästchen in der Reihenfolge ihres Beginns nummerieren, 1 für das früheste.
sheet-position = Position
sheet-which-document = Welches Dokument sagt das?
sheet-sources-how = Jede Aussage stammt aus nur einem Dokument. Das Dokument eintragen. Die Dokumente:
sheet-the-event = Das Ereignis: { $title } ({ $date }).
sheet-corroborate-how = Ankreuzen, wohin jede Aussage gehört: Ein anderes Dokument stimmt überein, ein anderes weicht ab, oder sie steht nur in diesem Dokument.
sheet-silent-how = Die Dokumente ankreuzen, die nichts über das Ereignis sagen:
# Felder zum Ausfüllen.
sheet-name = Name
sheet-date = Datum
# $address ist der Link zum selben Set.
sheet-same-set = Dasselbe Set am Bildschirm: { $address }
# $title ist der Name der Übung.
sheet-answer-key = Lösungen: { $title }
# Abgleichen: die drei Stellen, an die eine Aussage gehören kann.
bin-label = { $bin ->
    [agrees] stimmt mit einem anderen Dokument überein
    [differs] weicht ab
   *[only] nur in diesem Dokument
}
# Warum eine Aussage dorthin gehört, laut dem Datensatz. $name und $who sind Dokumente
# ($n wie viele), $value und $values ihre Angaben, $about der strittige Punkt.
explain-only = Kein anderes Dokument spricht von diesem Ereignis, nur { $name }.
explain-together = { $n ->
    [2] { $who } geben beide „{ $value }“ für „{ $about }“ an.
   *[other] { $who } geben alle „{ $value }“ für „{ $about }“ an.
}
explain-gives = { $n ->
    [one] { $who } gibt { $values } an
   *[other] { $who } geben { $values } an
}
explain-alone = Kein anderes Dokument macht eine Angabe zu „{ $about }“: { $name } gibt { $values } an.
# $others ist eine Liste von explain-gives, durch „; “ getrennt.
explain-value = { $name } gibt „{ $value }“ für „{ $about }“ an; { $others }.
explain-silent = Nichts in { $name } spricht von diesem Ereignis.
explain-speaks-at = { $name } spricht von diesem Ereignis ({ $section }, Absatz { $paragraph }).
explain-speaks = { $name } spricht von diesem Ereignis.
# Wer sagt das? Wo ein Dokument es sagt: „Die Säuberungen, Absatz 3“.
answer-place = { $section }, Absatz { $paragraph }
# Die Fassung einer Aussage in einem anderen Dokument; $n ist die Zahl der Dokumente, die sie angeben.
other-version = { $n ->
    [one] { $who } gibt „{ $value }“ an.
   *[other] { $who } geben „{ $value }“ an.
}
# Die Namen der Übungen.
activity-title = { $kind ->
    [order] In die richtige Reihenfolge bringen
    [sources] Wer sagt das?
   *[corroborate] Quellen abgleichen
}
# Das Ergebnis nach dem Prüfen.
score-right = { $n } von { $total } richtig
score-in-place = { $n } von { $total } an der richtigen Stelle
# Warum eine Übung nicht möglich ist.
activity-unavailable = { $why ->
    [no-events] Es gibt keine Ereignisse zum Ordnen.
    [undated] Aus den Datumsangaben der angezeigten Ereignisse lässt sich nicht ablesen, welches zuerst kam: Zum Ordnen braucht es mindestens zwei Ereignisse mit eindeutig verschiedenem Datum.
    [no-sources] Diese Übung braucht einen Zeitstrahl mit mindestens zwei Quellendokumenten.
    [no-citations] Diese Übung braucht Ereignisse, die ihre Quellendokumente angeben.
    [no-questions] Keines der angezeigten Ereignisse hat eine Aussage, die genau ein Dokument macht.
    [no-such-event] Dieses Ereignis gibt es in diesem Zeitstrahl nicht.
   *[uncited] Dieses Ereignis gibt kein Quellendokument an, es gibt also nichts abzugleichen.
}
# Ein Link von einer Übung zur Ansicht eines Ereignisses.
activity-open = „{ $title }“ öffnen
