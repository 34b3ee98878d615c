"""quantlab: the quant research team's repository (simulations, models, backtests, notebooks)."""
