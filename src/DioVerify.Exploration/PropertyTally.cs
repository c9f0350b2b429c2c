using DioVerify.Engine.Properties;

namespace DioVerify.Exploration;

/// <summary>How many explored schedules violate one property, and the smallest of them.</summary>
public sealed record PropertyTally(PropertyId Property, long Violations, Violation? Smallest);
