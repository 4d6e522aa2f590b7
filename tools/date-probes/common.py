"""Probe table shared by the probe files: (text, published or None, want, weekday, outlet)."""
PROBES = []


def p(text, pub, want, wd=None, outlet=None):
    """want: "YYYY-MM-DD" (the day), "A..B" (an interval, either side may be empty) with "@T" for the true day
    (default: B, else A); wd: the launch's weekday expected (default: the day's, for a one-day want; "-" skips)."""
    PROBES.append((text, pub, want, wd, outlet))
