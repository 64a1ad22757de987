"""Fleet tests: the registry, kiosks and the fault proxy together, all on 127.0.0.1."""
