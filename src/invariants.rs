//! The invariants every analysis keeps, checked by tests and fuzz targets.
