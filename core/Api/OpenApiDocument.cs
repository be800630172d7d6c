using System.Text.Json.Nodes;

namespace ReportAudit.Core.Api;

/// <summary>The OpenAPI 3.0 description of the HTTP routes, generated from <see cref="ApiRoutes"/> so it cannot drift from them.</summary>
public static class OpenApiDocument
{
    public static string Json { get; } = Build().ToJsonString(ApiResult.Json);

    public static ApiResult Result => ApiResult.Text("application/json; charset=utf-8", Json);

    private static JsonObject Build()
    {
        var paths = new JsonObject();
        foreach (var route in ApiRoutes.All)
        {
            if (paths[route.Path] is not JsonObject item)
            {
                item = new JsonObject();
                paths[route.Path] = item;
            }

            item[route.Method.ToLowerInvariant()] = Operation(route);
        }

        return new JsonObject
        {
            ["openapi"] = "3.0.3",
            ["info"] = new JsonObject
            {
                ["title"] = "政府信息公开年度报告核查 API · Annual report audit API",
                ["version"] = "1.0.0",
                ["description"] = "各报告的解析结果、核查发现、汇总与导出。Parsed reports, findings, summaries and exports. Every route needs the function key (x-functions-key header or code query) except the dashboard page and its assets.",
            },
            ["servers"] = new JsonArray(new JsonObject { ["url"] = "/" }),
            ["components"] = new JsonObject
            {
                ["securitySchemes"] = new JsonObject
                {
                    ["functionKeyHeader"] = new JsonObject { ["type"] = "apiKey", ["in"] = "header", ["name"] = "x-functions-key" },
                    ["functionKeyQuery"] = new JsonObject { ["type"] = "apiKey", ["in"] = "query", ["name"] = "code" },
                },
                ["schemas"] = new JsonObject
                {
                    ["Problem"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["properties"] = new JsonObject
                        {
                            ["type"] = Schema("string"),
                            ["title"] = Schema("string"),
                            ["status"] = Schema("integer"),
                            ["detail"] = Schema("string"),
                            ["errors"] = Schema("object"),
                        },
                    },
                },
            },
            ["security"] = new JsonArray(new JsonObject { ["functionKeyHeader"] = new JsonArray() }, new JsonObject { ["functionKeyQuery"] = new JsonArray() }),
            ["paths"] = paths,
        };
    }

    private static JsonObject Operation(ApiRoute route)
    {
        var responses = new JsonObject { [route.Success.ToString(System.Globalization.CultureInfo.InvariantCulture)] = Response(route.Success == 202 ? "已接受 accepted" : "OK", route.Produces) };
        if (route.Parameters.Count > 0 || route.RequestBody is not null)
        {
            responses["400"] = Response("参数无效 invalid parameter", "application/problem+json", problem: true);
        }

        if (route.Parameters.Any(p => p.Required))
        {
            responses["404"] = Response("未找到 not found", "application/problem+json", problem: true);
        }

        if (route.StreamsBody)
        {
            responses["413"] = Response("文件过大 file larger than the parser accepts (Parser:MaxInputBytes)", "application/problem+json", problem: true);
            responses["415"] = Response("不是报告文件类型（PDF、Word、网页或文本） not a report type (PDF, .docx, HTML or text)", "application/problem+json", problem: true);
        }

        if (route.Access == ApiAccess.Key)
        {
            responses["401"] = new JsonObject { ["description"] = "缺少或错误的密钥 missing or wrong key" };
            responses["403"] = Response($"调用者没有 {route.Role} 角色 the caller does not hold the {route.Role} role", "application/problem+json", problem: true);
        }

        var operation = new JsonObject
        {
            ["operationId"] = route.Name,
            ["summary"] = route.Summary,
            ["parameters"] = new JsonArray([.. route.Parameters.Select(Parameter)]),
            ["responses"] = responses,
        };
        if (route.RequestBody is { } body)
        {
            operation["requestBody"] = new JsonObject
            {
                ["required"] = true,
                ["content"] = new JsonObject { [body] = new JsonObject { ["schema"] = Schema(body == "application/json" ? "object" : "string") } },
            };
        }

        if (route.Access == ApiAccess.Open)
        {
            operation["security"] = new JsonArray();
        }
        else
        {
            // The Entra ID app role the route needs (docs/deploy.md); not part of OpenAPI 3.0, hence the extension.
            operation["x-required-role"] = route.Role.ToString();
        }

        return operation;
    }

    private static JsonObject Parameter(ApiParameter parameter)
    {
        var schema = Schema(parameter.Type);
        if (parameter.Minimum is { } min)
        {
            schema["minimum"] = min;
        }

        if (parameter.Maximum is { } max)
        {
            schema["maximum"] = max;
        }

        if (parameter.Values is { } values)
        {
            schema["enum"] = new JsonArray([.. values.Select(v => (JsonNode)v)]);
        }

        return new JsonObject
        {
            ["name"] = parameter.Name,
            ["in"] = parameter.In == ApiParameterLocation.Path ? "path" : "query",
            ["required"] = parameter.Required,
            ["description"] = parameter.Description,
            ["schema"] = schema,
        };
    }

    private static JsonObject Response(string description, string contentType, bool problem = false) => new()
    {
        ["description"] = description,
        ["content"] = new JsonObject
        {
            [contentType] = new JsonObject
            {
                ["schema"] = problem ? new JsonObject { ["$ref"] = "#/components/schemas/Problem" }
                    : contentType == "application/json" ? Schema("object")
                    : contentType.StartsWith("text/", StringComparison.Ordinal) ? Schema("string")
                    : new JsonObject { ["type"] = "string", ["format"] = "binary" },
            },
        },
    };

    private static JsonObject Schema(string type) => new() { ["type"] = type };
}
