//! Multi-version memory for speculative, in-order execution of steps.
