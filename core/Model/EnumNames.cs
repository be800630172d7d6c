using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json.Serialization;

namespace ReportAudit.Core.Model;

/// <summary>
/// The one mapping of a domain enum (a report's status, its verdict, a finding's severity, a date status, ...) to the
/// name stored in tables and written in JSON, CSV and the digest, with its labels for people. The names and labels are
/// on the enum's members (<see cref="JsonStringEnumMemberNameAttribute"/> and <see cref="LabelAttribute"/>), read
/// here once per enum; the enum's <see cref="JsonStringEnumConverter{TEnum}"/> reads the same attribute, so JSON
/// written by the serializer and names written by hand cannot differ.
/// </summary>
public static class EnumNames
{
    /// <summary>The name of a value, as stored and served.</summary>
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => Names<TEnum>.ByValue[value].Name;

    /// <summary>A value's name with its Chinese and English labels.</summary>
    public static EnumName Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Names<TEnum>.ByValue[value];

    /// <summary>Every value's name and labels, in the enum's declaration order.</summary>
    public static IReadOnlyList<EnumName> Entries<TEnum>()
        where TEnum : struct, Enum => Names<TEnum>.Entries;

    /// <summary>Every name, in the enum's declaration order.</summary>
    public static IReadOnlyList<string> All<TEnum>()
        where TEnum : struct, Enum => Names<TEnum>.All;

    /// <summary>The value of a name (exact, case-sensitive, as stored); false for an unknown or missing one.</summary>
    public static bool TryParse<TEnum>(string? name, out TEnum value)
        where TEnum : struct, Enum
    {
        if (name is not null && Names<TEnum>.ByName.TryGetValue(name, out value))
        {
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>The value of a name, or <paramref name="fallback"/> for an unknown or missing one (a row written before the name existed).</summary>
    public static TEnum Parse<TEnum>(string? name, TEnum fallback)
        where TEnum : struct, Enum => TryParse<TEnum>(name, out var value) ? value : fallback;

    private static class Names<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly IReadOnlyList<EnumName> Entries;
        public static readonly IReadOnlyList<string> All;
        public static readonly FrozenDictionary<TEnum, EnumName> ByValue;
        public static readonly FrozenDictionary<string, TEnum> ByName;

#pragma warning disable CA1810 // the four tables are built together from one reflection pass
        static Names()
#pragma warning restore CA1810
        {
            var members = typeof(TEnum).GetFields(BindingFlags.Public | BindingFlags.Static)
                .Select(f => (Value: (TEnum)f.GetValue(null)!, Field: f))
                .ToList();
            var entries = members.Select(m => new EnumName(
                m.Field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? throw new InvalidOperationException($"{typeof(TEnum).Name}.{m.Field.Name} has no [JsonStringEnumMemberName]."),
                m.Field.GetCustomAttribute<LabelAttribute>()?.Zh ?? throw new InvalidOperationException($"{typeof(TEnum).Name}.{m.Field.Name} has no [Label]."),
                m.Field.GetCustomAttribute<LabelAttribute>()!.En)).ToList();
            Entries = entries;
            All = entries.Select(e => e.Name).ToList();
            ByValue = members.Zip(entries).ToFrozenDictionary(p => p.First.Value, p => p.Second);
            ByName = members.Zip(entries).ToFrozenDictionary(p => p.Second.Name, p => p.First.Value, StringComparer.Ordinal);
        }
    }
}
