"""`guidelint impact`: what a new pack version does to every repository, scanned on a Dask cluster.

Only `impact.cluster` imports dask; the rest runs (and is tested) without it.
"""
