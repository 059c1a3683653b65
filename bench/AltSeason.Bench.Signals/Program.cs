Console.WriteLine("Signals benchmark: not written yet");
