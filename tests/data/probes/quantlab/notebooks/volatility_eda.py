# family: secret 798 259
# %% [markdown]
# # Realised volatility by sector (exported from Jupyter)

# %%
import getpass
import os

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import snowflake.connector

np.random.seed(0)
SNOWFLAKE_ACCOUNT = "acme-research"


# %%
def safe_connect():
    return snowflake.connector.connect(
        user=os.environ.get("SNOWFLAKE_USER", getpass.getuser()),
        password=os.environ.get("SNOWFLAKE_PASSWORD") or getpass.getpass("Snowflake password: "),
        account=SNOWFLAKE_ACCOUNT,
        warehouse="RESEARCH_WH",
    )


def safe_token_prompt() -> str:
    token = os.environ.get("MD_API_TOKEN") or getpass.getpass("market data token: ")
    return token


# %%
con = snowflake.connector.connect(user="quant_research", password="Vol4tility!2026", account=SNOWFLAKE_ACCOUNT)  # sink
prices = pd.read_sql("SELECT ticker, trade_date, close FROM prices_daily", con)

# %%
returns = prices.pivot(index="trade_date", columns="ticker", values="close").pct_change()
vol = returns.rolling(21).std() * np.sqrt(252)
vol.iloc[-1].sort_values().plot(kind="barh")
plt.show()
