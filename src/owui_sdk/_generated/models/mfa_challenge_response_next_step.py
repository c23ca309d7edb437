from typing import Literal

MfaChallengeResponseNextStep = Literal["enroll", "recover", "verify"]

MFA_CHALLENGE_RESPONSE_NEXT_STEP_VALUES: set[MfaChallengeResponseNextStep] = {
    "enroll",
    "recover",
    "verify",
}


def check_mfa_challenge_response_next_step(value: str) -> MfaChallengeResponseNextStep:
    if value in MFA_CHALLENGE_RESPONSE_NEXT_STEP_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MFA_CHALLENGE_RESPONSE_NEXT_STEP_VALUES!r}"
    )
