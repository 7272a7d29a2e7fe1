"""A fair die described in other languages ("$W$ sei die Augenzahl eines fairen Würfels", "dé
équilibré", "правильная игральная кость"), and the words that hedge such a description there
(two dice, a sum, a loaded die, "if", "not"): a hedged sentence describes no law."""

from __future__ import annotations

import re

# the die must be called fair (balanced, honest, symmetric) in so many words
FAIR_DIE_ABROAD = re.compile(
    r"\bfair(?:e|en|er|es|em)?\s+(?:sechsseitig\w*\s+)?Würfel(?:s|n)?\b|\bLaplace-Würfel"
    r"|\bdé\s+(?:bien\s+)?(?:équilibré|honnête|parfait)\b"
    r"|\bdado\s+(?:justo|equilibrado|honesto|equo|regolare|bilanciato|onesto)\b"
    r"|(?:правильн|симметричн|честн)\w*\s+(?:игральн\w*\s+)?(?:кост|кубик)\w*"
    r"|(?:uczciw|symetryczn|rzeteln)\w*\s+kost\w*"
    r"|\b(?:hilesiz|adil)\s+(?:bir\s+)?zar\w*"
    r"|(?:均匀|公平|质地均匀)的?(?:六面)?骰子|(?:公平な|歪みのない)サイコロ|(?:공정한|균일한)\s*주사위",
    re.IGNORECASE)

# several dice or throws, a sum or product, an extreme, a loaded die, a condition, a negation
HEDGE_ABROAD = re.compile(
    r"\b(?:zwei\w*|drei\w*|beide\w*|Summe\w*|Augensumme\w*|Produkt\w*|Maximum|Minimum|gezinkt\w*"
    r"|unfair\w*|wenn|falls|nicht|kein\w*|Würfe|Würfen|Differenz|mehrere\w*"
    r"|deux|trois|somme|produit|pipé\w*|truqué\w*|si|lancers|dés|jusqu\w*|sauf|différence"
    r"|dos|tres|suma|producto|cargado|trucado|ambos|lanzamientos|dados|hasta|diferencia"
    r"|due|tre|somma|prodotto|truccato|se|entrambi|lanci|dadi|fino|differenza"
    r"|dois|duas|três|soma|viciado|lançamentos|até|diferença|máximo|mínimo|massimo|minimo"
    r"|два|две|двух|трёх|трех|сумм\w*|оба|обе|обоих|произведени\w*|максимум\w*|минимум\w*"
    r"|если|не|разност\w*"
    r"|dwie|dwóch|dwa|trzy|sum\w*|obie|obu|iloczyn\w*|jeśli|jeżeli|nie|rzuty|rzutów"
    r"|iki|üç|toplam\w*|çarpım\w*|eğer|değil|hileli)\b"
    r"|两|二|三|之和|总和|乘积|最大|最小|如果|不|2個|二つ|2つ|和|積|もし|ない|두|합|곱|최대|최소|만약|않",
    re.IGNORECASE)
