"""The analyst's session over one incident store: the filter, its counts, trends and hot spots."""
