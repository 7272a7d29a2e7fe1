"""Claims made after data were given: judged with the data left as written when the data
were put in on one side only (a claim about every sample)."""

import pytest

import tutor

POISSON_MLE = "\n".join([
    r"\begin{enumerate}",
    r"\item Let $x_1, \dots, x_n$ be i.i.d.\ Poisson$(\lambda)$.",
    r"\begin{eqnarray*}",
    r"\ell(\lambda) & = & \sum_{i=1}^n \left( x_i \log \lambda - \lambda - \log x_i! \right) \\",
    r"\ell'(\lambda) & = & \frac{1}{\lambda}\sum_{i=1}^n x_i - n",
    r"\end{eqnarray*}",
    r"With $\ell'(\lambda) = 0$, $\hat\lambda = \bar x$. Our sample is $2, 0, 3, 1, 4$:",
    r"\[ \hat\lambda = \frac{2 + 0 + 3 + 1 + 4}{5} = 2. \]",
    r"Differentiating again, $\ell''(\lambda) = CLAIM$, below zero for every $\lambda$.",
    r"\end{enumerate}", ""])

CLAIMS = [
    # (the second derivative claimed, the verdict): before, each was "a substitution"
    (r"\frac{1}{\lambda^2}\sum x_i", "error"),    # the sign slip
    (r"-\frac{1}{\lambda^2}\sum x_i", "ok"),
    (r"-\frac{2}{\lambda^2}\sum x_i", "error"),
    # the data put in: a value at this sample, never called wrong as a claim about all
    (r"-\frac{10}{\lambda^2}", "unchecked"),
]


@pytest.mark.parametrize("claim, verdict", CLAIMS)
def test_claim_after_data(claim, verdict):
    steps = tutor.check_document(POISSON_MLE.replace("CLAIM", claim), kind="tex").steps
    assert steps[-1].verdict == verdict, steps[-1]
