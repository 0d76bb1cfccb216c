"""The rules of a trade mission that need no storage and no Qt: where a meeting's clock runs
(`zones`: each Mexican state's IANA zone, local times to UTC and back) and which meetings clash
(`conflicts`: the same person twice at once, or not enough time to travel between cities).
"""
