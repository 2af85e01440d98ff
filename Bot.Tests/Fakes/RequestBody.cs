using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ClubBot.Tests.Fakes;

/// <summary>Reads Bot API parameters the way Telegram accepts them: query string, JSON, urlencoded form or multipart.</summary>
internal static class RequestBody
{
    public static async Task<(JsonObject Parameters, IReadOnlyDictionary<string, UploadedFile> Files)> ReadAsync(HttpRequest request)
    {
        var parameters = new JsonObject();
        var files = new Dictionary<string, UploadedFile>();
        foreach (var (key, value) in request.Query)
            parameters[key] = Scalar(value.ToString());

        if (request.HasJsonContentType())
        {
            if (await JsonNode.ParseAsync(request.Body) is JsonObject json)
                foreach (var (key, value) in json)
                    parameters[key] = value?.DeepClone();
        }
        else if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            foreach (var (key, value) in form)
                parameters[key] = Scalar(value.ToString());
            foreach (var file in form.Files)
            {
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer);
                files[file.Name] = new UploadedFile(file.FileName, file.ContentType, buffer.ToArray());
            }
        }

        return (parameters, files);
    }

    /// <summary>Form values arrive as strings; JSON-looking ones (keyboards, numbers) are parsed as Telegram does.</summary>
    private static JsonNode? Scalar(string value)
    {
        try
        {
            return JsonNode.Parse(value);
        }
        catch (System.Text.Json.JsonException)
        {
            return JsonValue.Create(value);
        }
    }
}
