"""Qt item models over core results (no data widgets hold data themselves)."""
