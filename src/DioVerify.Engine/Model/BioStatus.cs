namespace DioVerify.Engine.Model;

/// <summary>How one BIO completed: <c>ok</c> (durable) or <c>eio</c> (each of its sectors undetermined).</summary>
public enum BioStatus
{
    Ok,
    Eio,
}
