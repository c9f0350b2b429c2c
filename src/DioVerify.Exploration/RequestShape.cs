using DioVerify.Engine.Model;

namespace DioVerify.Exploration;

/// <summary>A representative request (and free space) that maps to a chosen number of BIOs.</summary>
public sealed record RequestShape(string Name, WriteRequest Request, long? FreeBlocks);
