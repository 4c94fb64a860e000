# Ouvrir un fichier TimelineJS ou un tableur : ce que l’import a écarté ou modifié. $list
# indique où (« ligne 3 ; ligne 9 »), $more vaut « import-and-more » ou rien.
import-and-more = { " " }et { $n } { $n ->
    [one] autre
   *[other] autres
}
import-undated-event = { $n ->
    [one] { $n } événement sans date écarté (TimelineJS les ignore aussi) : { $list }{ $more }.
   *[other] { $n } événements sans date écartés (TimelineJS les ignore aussi) : { $list }{ $more }.
}
import-undated-row = { $n ->
    [one] { $n } ligne sans date écartée (TimelineJS les ignore aussi) : { $list }{ $more }.
   *[other] { $n } lignes sans date écartées (TimelineJS les ignore aussi) : { $list }{ $more }.
}
import-too-far-event = { $n ->
    [one] { $n } événement daté au-delà de mille milliards d’années écarté : { $list }{ $more }.
   *[other] { $n } événements datés au-delà de mille milliards d’années écartés : { $list }{ $more }.
}
import-too-far-row = { $n ->
    [one] { $n } ligne datée au-delà de mille milliards d’années écartée : { $list }{ $more }.
   *[other] { $n } lignes datées au-delà de mille milliards d’années écartées : { $list }{ $more }.
}
import-seconds = { $n ->
    [one] { $n } date conservée à la minute près (secondes supprimées) : { $list }{ $more }.
   *[other] { $n } dates conservées à la minute près (secondes supprimées) : { $list }{ $more }.
}
import-dayless-times = { $n ->
    [one] { $n } heure écartée, faute de jour auquel la rattacher : { $list }{ $more }.
   *[other] { $n } heures écartées, faute de jour auquel les rattacher : { $list }{ $more }.
}
import-refused-media = { $n ->
    [one] { $n } média ne peut pas être affiché (une note le remplace) : { $list }{ $more }.
   *[other] { $n } médias ne peuvent pas être affichés (une note les remplace) : { $list }{ $more }.
}
# Comment un fichier a été lu.
import-slides = Les « slides » du fichier ont été lues comme ses événements (TimelineJS les appelle « events »).
import-legacy = Fichier lu dans l’ancien format de TimelineJS 1 et 2 (« date », « startDate », « asset »).
# Désigner une diapositive ou une ligne dans un avis. $n compte à partir de 1.
import-era-number = période { $n }
import-event-number = événement { $n }
import-event-named = événement « { $title } »
import-at-line = { $what } (ligne { $line })
# Une date au-delà des années qu’une frise peut afficher : $year est l’année.
import-ending = { $what } : se termine en { $year }
import-era-needs = n’a pas de champ { $key }, obligatoire pour toute période
import-no-year = n’a pas d’année
# $key vaut « year », « month », « day »…, $value ce que donne le fichier.
import-not-whole = { $key } { $value } n’est pas un nombre entier
import-no-such = { $key } { $value } n’existe pas
import-bad-date = « { $value } » n’est pas une date que TimelineJS sait lire (année,mois,jour comme « 1870,7,19 », ou « 1870-07-19 »)
# Ce que contient un fichier JSON là où une frise était attendue.
json-kind = { $kind ->
    [null] null
    [bool] true ou false
    [number] un nombre
    [text] un texte
    [list] une liste
   *[object] un objet
}
json-no-keys = aucune clé
# $key est une clé du fichier, $kind l’un des json-kind.
json-not-list = « { $key } » est { $kind }, pas une liste
json-timeline-no-list = le fichier contient {"{"}"timeline": {"{"}…{"}"}{"}"} avec { $keys }, mais aucune liste « events », « slides » ou « date »
json-timeline-not-object = « timeline » est { $kind }, pas un objet
json-no-events = le fichier contient un objet avec { $keys }, mais aucune liste « events »
json-top = au premier niveau, le fichier contient { $kind }, et non un objet
json-expected-timelinejs = { $found } ; attendu : une frise TimelineJS, soit un objet avec une liste « events » (TimelineJS 3), soit {"{"}"timeline": {"{"}…{"}"}{"}"} qui l’entoure, soit une liste « date » dans « timeline » (TimelineJS 1 et 2)
# $message est ce que dit le lecteur JSON (en anglais).
json-expected-ours = { $message } — attendu : le JSON de frise de cette application ({"{"}"title": …, "events": [{"{"}"id", "title", "start"…{"}"}]{"}"}, data/README.md) ou un fichier TimelineJS
# Tableurs (CSV).
sheet-empty = le fichier est vide : une ligne d’en-tête était attendue
# $columns sont les noms des colonnes manquantes.
sheet-missing-column = { $template ->
    [timelinejs] la ligne d’en-tête n’a pas de colonne { $columns } : les colonnes du modèle TimelineJS étaient attendues (Year, Month, Day, … Headline, Text, … Type, Group)
   *[plain] la ligne d’en-tête n’a pas de colonne { $columns } : les colonnes attendues sont start, title et, en option, end, summary, category, id, display_date
}
sheet-the-file = le fichier
sheet-unclosed-quote = un champ entre guillemets s’ouvre ici et n’est jamais fermé : tout le reste du fichier serait lu comme ce seul champ ; fermez-le avec "
# $reason est ce que dit le lecteur CSV (en anglais).
sheet-unreadable = le CSV ne peut pas être lu ici : { $reason }
sheet-bad-time = « { $value } » n’est pas une heure (« 14:30 » ou « 2:30 PM »)
sheet-row = ligne { $line }
sheet-era-no-year = est une période sans Year : une période doit avoir ses deux bornes
sheet-era-no-end-year = est une période sans End Year : une période doit avoir ses deux bornes
sheet-no-start = n’a pas de date de début
# Le titre d’un fichier qui n’en donne pas.
import-untitled = Frise importée
json-events-not-list = « events » n’est pas une liste
import-era-label = Période { $n }
import-era-line = Période à la ligne { $line }
import-background = Arrière-plan : { $url }
