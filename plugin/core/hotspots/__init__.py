"""Below the province: equal-area hexagons and Getis-Ord Gi* hot spots (numpy and the standard library)."""
