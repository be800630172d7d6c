Console.WriteLine("report-audit");
