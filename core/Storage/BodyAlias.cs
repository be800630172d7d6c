namespace ReportAudit.Core.Storage;

/// <summary>
/// A written form of a body's name (its normalised key) and the body key it is stored under, per
/// region (in <c>BodyIndex</c>: partition = the short form, row = <c>~alias~{region}|{written}</c>).
/// </summary>
/// <param name="ShortForm">The written form without its city (and province, county) prefix.</param>
/// <param name="Region">The first folder of the blob path the form was seen in.</param>
/// <param name="Written">The written form's key (<see cref="Validation.BodyKey.Of"/>).</param>
/// <param name="BodyKey">The key the body's reports are stored under: the first written form seen.</param>
public sealed record BodyAlias(string ShortForm, string Region, string Written, string BodyKey);
