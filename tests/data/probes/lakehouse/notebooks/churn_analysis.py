# family: random 330 338
#!/usr/bin/env python
# coding: utf-8
"""Churn analysis, exported from the notebook (jupyter nbconvert --to script)."""

# In[1]:


import random

import numpy as np
import pandas as pd

from lakehouse import settings

# In[2]:


def safe_cell_sample(frame: pd.DataFrame) -> pd.DataFrame:
    sample = frame.sample(frac=0.1, random_state=42)
    sample["bucket"] = np.random.choice(["control", "treatment"], size=len(sample))
    return sample


# In[3]:


def safe_cell_bootstrap(values: list[float], rounds: int = 1000) -> list[float]:
    means = []
    for _ in range(rounds):
        draw = [random.choice(values) for _ in values]
        means.append(sum(draw) / len(draw))
    return means


# In[4]:


def safe_cell_tables() -> list[str]:
    return [t for t in settings.FACT_TABLES if random.random() < 0.5]
