"""Badge rendering (QPainter) and the printers behind one protocol."""
