using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Rdf.Model;

namespace KnowledgeGraph.Sparql.Expressions;

/// <summary>MD5, SHA1, SHA256, SHA384, SHA512 of a simple or xsd:string literal's UTF-8 bytes, as lower-case hex.</summary>
public static class HashFunctions
{
    public static Term? Md5(Term? arg) => Hash(arg, MD5.HashData);

    public static Term? Sha1(Term? arg) => Hash(arg, SHA1.HashData);

    public static Term? Sha256(Term? arg) => Hash(arg, SHA256.HashData);

    public static Term? Sha384(Term? arg) => Hash(arg, SHA384.HashData);

    public static Term? Sha512(Term? arg) => Hash(arg, SHA512.HashData);

    private static Term? Hash(Term? arg, Func<byte[], byte[]> hash) =>
        Literals.IsPlainString(arg)
            ? Literals.String(Convert.ToHexStringLower(hash(Encoding.UTF8.GetBytes(((Literal)arg!).LexicalForm))))
            : null;
}
