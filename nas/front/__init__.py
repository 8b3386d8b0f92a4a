"""A study's Pareto front: which trials are on it (``pareto``), its rows as every rendering shows
them (``rows``), its hypervolume (``hypervolume``) and how that grew trial by trial (``curve``)."""
