# Die Ereignisansicht.

# Schaltflächen in der Leiste der Ansicht: das Ereignis davor und danach in zeitlicher Reihenfolge.
panel-previous = Zurück
panel-next = Weiter
# Wo das geöffnete Ereignis steht, wenn die Filter es ausschließen.
panel-not-in-filter = nicht im Filter
# Barrierefreier Name der Schaltfläche ✕ einer Ansicht oder eines Dialogs.
close-escape = Schließen (Esc)
# Die Listenansicht: eine Markierung an Ereignissen, bei denen die Quellendokumente abweichen.
list-differ = Quellen weichen ab
# Der Inhalt der Ereignisansicht.

# Wo ein Dokument es sagt: „Abschnitt „Zusammenfassung“, Absatz 3“.
panel-locator = Abschnitt „{ $section }“, Absatz { $paragraph }
panel-differ = Quellen weichen ab
# Nach einer strittigen Angabe: die Dokumente, die sie machen.
panel-according-to = laut { $who }
panel-note = Anmerkung der Redaktion:{ " " }
panel-sources-heading = Was die Quellen sagen ({ $n })
panel-people = Personen
# Tooltip der Schaltfläche einer Person; $name ist die Person.
panel-person-title = Nur Ereignisse mit { $name } zeigen
panel-related = Verwandte Ereignisse
panel-link = Link zu diesem Ereignis
panel-corroborate = Quellen abgleichen
# Die Herkunft eines Dokuments, unter seiner Karte eingeklappt.
provenance-summary = Über dieses Dokument
provenance-field = { $field ->
    [author] Autor oder Herausgeber
    [date] Datum
    [audience] Geschrieben für
    [purpose] Zweck
   *[based-on] Beruht auf
}
# Namen der Teile eines Ereignisses, auf den Seiten einer projizierten Folie („Quellen weichen ab 2/5“).
part-summary = Zusammenfassung
part-differ = Quellen weichen ab
part-note = Anmerkung der Redaktion
part-sources = Quellen
# Medien im eigenen Zeitstrahl einer Klasse (Bilder, Videos, Zitate, Links). Von einer anderen
# Website wird nichts geladen, bevor es verlangt wird. $what ist „image“ oder „video“; $host eine Website.
media-consent = { $what ->
    [image] Bild
   *[video] Video
} von { $host }. Von dieser Website wird erst auf Anfrage etwas geladen.
media-show = { $what ->
    [image] Bild anzeigen
   *[video] Video anzeigen
}
# Was ein Screenreader für ein Bild oder Video ohne Beschreibung sagt.
media-from-label = { $what ->
    [image] Bild
   *[video] Video
} von { $host }
media-always = Medien aus diesem Zeitstrahl immer anzeigen
media-another-site = einer anderen Website
# Eine Link-Karte zu einem Wikipedia-Artikel: $lang ist der Sprachcode, $article sein Titel.
media-wikipedia = Wikipedia ({ $lang }): { $article }
media-link = Link: { $host }
# $reason ist einer der media-*-Gründe unten.
media-refused = Das Medium der Datei wird nicht angezeigt: { $reason }
# In einem gedruckten Handout: „Bild (upload.wikimedia.org)“.
media-line = { $what ->
    [image] Bild
    [video] Video
   *[link] Link
} ({ $host })
# Warum ein Medium nicht angezeigt wird. $address ist die Angabe der Datei.
media-no-address = Das Medium hat keine Adresse.
media-nothing = Das Medium hat weder Adresse noch Zitat.
media-spaces = Die Adresse „{ $address }“ enthält Leerzeichen.
media-relative = Die relative Adresse „{ $address }“ wird nicht angezeigt: Die Adresse der Datei selbst ist unbekannt, daher lässt sie sich nicht auflösen (vollständige https://-Adresse angeben).
media-insecure = Die Adresse { $address } ist nicht sicher (http://): Es werden nur https://-Medien angezeigt.
media-scheme = Eine „{ $scheme }:“-Adresse wird nicht angezeigt.
media-unusable = „{ $address }“ ist keine verwendbare Adresse.
# Anstelle des Mediums angezeigt. $host ist eine Website.
media-offline = { $what ->
    [image] Offline: Dieses Bild liegt auf { $host } und braucht eine Netzverbindung.
   *[video] Offline: Dieses Video liegt auf { $host } und braucht eine Netzverbindung.
}
media-failed = Das Bild konnte nicht von { $host } geladen werden.
part-media = Medien
# Das Feld eines geführten Rundgangs über dem Ereignis.
tour-label = Rundgang
tour-step = Schritt { $number } von { $total }
tour-filters = Die gesetzten Filter bleiben aktiv: Schritte außerhalb davon werden trotzdem gezeigt.
tour-end = Rundgang beenden
part-tour = Rundgang
media-iframe = Ein eingebetteter Rahmen (<iframe>) aus der Datei wird nicht angezeigt.
# $tag ist der Name eines HTML-Tags.
media-markup = Markup (<{ $tag }>) in der Adresse des Mediums wird nicht angezeigt.
