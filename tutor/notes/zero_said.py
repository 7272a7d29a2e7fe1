"""Prose between two blocks that sets what stood above to zero, in the languages notes are in."""

from __future__ import annotations

import re

_ANY = r"[^.$\n]{0,40}?"  # a few words between the verb and the zero, within the sentence
_ZERO_SAID = re.compile("|".join((
    # "Setting it to zero,", "setting the gradient equal to 0:"
    r"\b(?:set|sets|setting|equate|equating)\b" + _ANY + r"\b(?:to|equal\s+to)\s+(?:zero|0)\b",
    # Hebrew: משווים לאפס, נשווה את הנגזרת ל-0, השוואה לאפס
    r"(?:משווים|נשווה|משווה|השוואה|בהשוואה|השווינו)" + _ANY + r"ל-?\s*(?:אפס|0)(?!\w)",
    # Persian: برابر صفر قرار می‌دهیم; Arabic: بمساواة المشتقة بالصفر
    r"(?:برابر|مساوی)\s+(?:با\s+)?(?:صفر|0)\s+قرار",
    r"(?:نساوي|بمساواة|مساواة|وبمساواة)" + _ANY + r"(?:بالصفر|بصفر|للصفر)",
    # Russian: приравниваем к нулю; Polish: przyrównujemy do zera
    r"\bприравн\w*" + _ANY + r"(?:\bк\s+)?(?:нулю|0)(?!\w)",
    r"\bprzyrówn\w*" + _ANY + r"\bdo\s+(?:zera|0)(?!\w)",
    # German: gleich null setzen, Nullsetzen; French: en égalant à zéro
    r"\b(?:gleich\s+)?(?:null|0)\s*setz\w*",
    r"\b(?:égalant|égaler|égalons)\b" + _ANY + r"\bà\s+(?:zéro|0)(?!\w)",
    # Spanish, Portuguese: igualando a cero / a zero; Italian: uguagliando a zero
    r"\b(?:iguala|uguaglia|eguaglia)\w*" + _ANY + r"\ba\s+(?:cero|zero|0)(?!\w)",
    r"\bponendo\b" + _ANY + r"\buguale\s+a\s+(?:zero|0)(?!\w)",
    # Turkish: sıfıra eşitlersek; Indonesian: disamakan dengan nol
    r"(?:\bsıfıra|\b0'?a)\s+eşitle\w*",
    r"\w*samakan\s+(?:dengan\s+)?(?:nol|0)(?!\w)",
    # Chinese: 令导数等于0, 令其为零; Vietnamese: cho đạo hàm bằng 0; Hindi: शून्य के बराबर रखने
    r"令[^。$\n]{0,20}?(?:等于|为)\s*(?:零|0)",
    r"\bcho\b" + _ANY + r"\bbằng\s+(?:0|không)(?!\w)",
    r"(?:शून्य|0)\s+के\s+बराबर\s+रख",
)), re.I)


def zero_said(gap: str) -> bool:
    """Does the prose `gap` between two blocks set what stood above to zero?"""
    return bool(_ZERO_SAID.search(gap))
